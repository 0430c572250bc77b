using System.CommandLine;
using Bydelsrapport.Load;

namespace Bydelsrapport.Commands;

/// <summary>The options that pick which bydeler and year a command works on: --bydel NAVN… and --år/--aar ÅR.</summary>
public sealed class Utvalg
{
    public Option<string[]> Bydel { get; } = new("--bydel")
    {
        Description = "Bare denne bydelen (mappenavnet, f.eks. gamle-oslo). Kan gjentas.",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<int?> Ar { get; } = new("--år", "--aar")
    {
        Description = "Bare dette året.",
    };

    public void LeggTil(Command command)
    {
        command.Options.Add(Bydel);
        command.Options.Add(Ar);
    }

    /// <summary>
    /// Which bydel folders to read at all: those --bydel names, or null for every one. Validating or
    /// building one bydel should not pay for parsing the other fourteen.
    /// </summary>
    public Func<string, bool>? Lesefilter(ParseResult parse) =>
        parse.GetValue(Bydel) is { Length: > 0 } bydeler ? bydeler.Contains : null;

    public Dataset Begrens(ParseResult parse, Dataset data)
    {
        var bydeler = parse.GetValue(Bydel) ?? [];
        var ar = parse.GetValue(Ar);
        return bydeler.Length == 0 && ar is null ? data : data.Begrens(bydeler, ar);
    }

    /// <summary>A --bydel that names no folder is a usage error, with the names that exist.</summary>
    public string? Ukjent(ParseResult parse, Dataset data)
    {
        // From the folders, not the loaded reports: a filtered load has read only what was asked for.
        var finnes = Loader.SubDirectories(data.Root).Select(Path.GetFileName).OfType<string>()
            .Where(n => n != Loader.KatalogMappe).ToList();
        var ukjent = (parse.GetValue(Bydel) ?? []).Where(b => !finnes.Contains(b)).ToList();
        return ukjent.Count == 0 ? null
            : $"Ukjent bydel: {string.Join(", ", ukjent)}.{ShapeChecker.Suggest(ukjent[0], finnes)} Bydeler i datamappen: {string.Join(", ", finnes.Order(StringComparer.Ordinal))}.";
    }
}
