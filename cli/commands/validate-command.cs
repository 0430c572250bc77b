using System.CommandLine;
using Bydelsrapport.Load;
using Bydelsrapport.Validate;

namespace Bydelsrapport.Commands;

/// <summary>
/// <c>bydelsrapport validate [STI] [--data DIR] [--bydel NAVN]… [--år ÅR] [--format tekst|github|json] [--streng]</c>:
/// every finding, sorted, for the whole tree or the bydel, folder or file STI names; works from any
/// folder inside the repo. Exit 0 when nothing fails, 1 when something does, 2 for wrong usage.
/// </summary>
public static class ValidateCommand
{
    public static Command Create()
    {
        var sti = new Argument<string?>("STI")
        {
            Description = "En bydel, mappe eller fil under data/ (standard: hele datatreet).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var data = new Option<DirectoryInfo?>("--data") { Description = "Datamappen (standard: data/ i repoet du står i)." };
        var format = new Option<string>("--format")
        {
            Description = "Utdata: tekst (standard), github (annotasjoner i GitHub Actions) eller json.",
            DefaultValueFactory = _ => "tekst",
        };
        format.AcceptOnlyFromAmong(FindingFormats.Names);
        var streng = new Option<bool>("--streng") { Description = "Uferdig arbeid (TODO, tomme tall) er feil, ikke advarsler." };
        var command = new Command("validate", "Sjekk datafilene mot skjema, katalog og regnestykker.") { sti, data, format, streng };
        var utvalg = new Utvalg();
        utvalg.LeggTil(command);
        // A misspelt option would otherwise be taken for the path: say what it is, with the nearest option.
        sti.Validators.Add(r =>
        {
            if (r.Tokens is [{ Value: ['-', ..] verdi }] && !File.Exists(verdi) && !Directory.Exists(verdi))
            {
                r.AddError($"Ukjent alternativ «{verdi}».{Cli.Naermeste(verdi, command)}");
            }
        });
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var stiVerdi = parse.GetValue(sti);
            var fullSti = stiVerdi is null ? null : Path.GetFullPath(stiVerdi);
            if (fullSti is not null && !File.Exists(fullSti) && !Directory.Exists(fullSti))
            {
                error.WriteLine($"{stiVerdi} finnes ikke. Oppgi en bydel, mappe eller fil under data/.");
                return Cli.Bruk;
            }
            var start = fullSti is null ? Environment.CurrentDirectory : Directory.Exists(fullSti) ? fullSti : Path.GetDirectoryName(fullSti)!;
            if (DataFolder.Velg(parse.GetValue(data), start, error) is not { } dir)
            {
                return Cli.Bruk;
            }
            var relativ = fullSti is null ? "" : Path.GetRelativePath(dir, fullSti).Replace('\\', '/');
            if (relativ.StartsWith("..", StringComparison.Ordinal))
            {
                error.WriteLine($"{stiVerdi} ligger ikke under datamappen {Path.GetRelativePath(Environment.CurrentDirectory, dir)}.");
                return Cli.Bruk;
            }
            // A path inside one bydel's folder names that bydel.
            var forste = relativ.Split('/')[0];
            var stiBydel = relativ is not ("" or ".") && forste != Loader.KatalogMappe && forste != Loader.BaselineFil ? forste : null;
            // Read only the bydeler asked for (by --bydel or by STI); --år and STI still filter after loading.
            var alt = Loader.Load(dir, utvalg.Lesefilter(parse) ?? (stiBydel is null ? null : navn => navn == stiBydel));
            if (utvalg.Ukjent(parse, alt) is { } ukjent)
            {
                error.WriteLine(ukjent);
                return Cli.Bruk;
            }
            var valgt = utvalg.Begrens(parse, alt);
            if (stiBydel is not null)
            {
                // One bydel's path: its reports and its baseline entries (others' entries are not "unused" here).
                valgt = valgt.Begrens([stiBydel], null);
            }
            var resultat = Validator.Validate(valgt, parse.GetValue(streng));
            if (relativ is not ("" or "."))
            {
                // Only what lies under STI; the whole tree is still validated so cross-file checks hold.
                bool Under(string fil) => fil == relativ || fil.StartsWith(relativ.TrimEnd('/') + "/", StringComparison.Ordinal);
                resultat = resultat with { Funn = resultat.Funn.Where(f => Under(f.File)).ToList(), HoppetOver = resultat.HoppetOver.Where(h => Under(h.Fil)).ToList() };
            }
            var prefix = Path.GetRelativePath(Environment.CurrentDirectory, dir).Replace('\\', '/');
            var visning = resultat with
            {
                Funn = resultat.Funn.Select(f => f with { File = $"{prefix}/{f.File}" }).ToList(),
                HoppetOver = resultat.HoppetOver.Select(h => h with { Fil = $"{prefix}/{h.Fil}" }).ToList(),
            };
            FindingFormats.Write(output, parse.GetValue(format) ?? "tekst", visning);
            return resultat.Feiler ? Cli.Funn : Cli.Ok;
        });
        return command;
    }
}

/// <summary>Finds the data/ folder of the repository you stand in: here or in a parent folder.</summary>
public static class DataFolder
{
    /// <summary>The --data folder when given, else the repository's data/ found from <paramref name="start"/>; null (and one line on <paramref name="error"/>) when there is none.</summary>
    public static string? Velg(DirectoryInfo? data, string start, TextWriter error)
    {
        var dir = data?.FullName ?? Find(start);
        if (dir is null || !Directory.Exists(dir))
        {
            error.WriteLine(dir is null
                ? "Fant ingen data/-mappe her eller i en mappe over. Stå i repoet, eller oppgi --data MAPPE."
                : $"Datamappen {dir} finnes ikke. Oppgi en mappe som finnes med --data.");
            return null;
        }
        return dir;
    }

    public static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (dir.Name == "data" && Directory.Exists(Path.Combine(dir.FullName, Loader.KatalogMappe)))
            {
                return dir.FullName;
            }
            var candidate = Path.Combine(dir.FullName, "data");
            if (Directory.Exists(candidate) && (File.Exists(Path.Combine(dir.FullName, "Bydelsrapport.sln")) || Directory.Exists(Path.Combine(candidate, Loader.KatalogMappe))))
            {
                return candidate;
            }
        }
        return null;
    }
}
