using System.CommandLine;
using System.Globalization;
using Bydelsrapport.Load;
using Bydelsrapport.Model;
using Bydelsrapport.Scaffold;
using Bydelsrapport.Validate;
using Bydelsrapport.Write;

namespace Bydelsrapport.Commands;

/// <summary>
/// <c>new bydel NAVN --år ÅR</c> (a skeleton from the catalogue) and <c>new år ÅR [--bydel NAVN]…</c>
/// (next year's folders from last year's). Both refuse to overwrite anything.
/// </summary>
public static class NewCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo?>("--data") { Description = "Datamappen (standard: data/ i repoet du står i)." };

        var navn = new Argument<string>("NAVN") { Description = "Bydelens mappenavn: små ASCII-bokstaver og bindestrek, f.eks. nordre-aker." };
        var bydelAr = new Option<int>("--år", "--aar") { Description = "Året rapporten gjelder.", Required = true };
        var bydel = new Command("bydel", "Lag et gyldig skjelett for en bydel som ikke har data ennå.") { navn, bydelAr, data };
        bydel.SetAction(parse => NyBydel(parse, parse.GetValue(navn)!, parse.GetValue(bydelAr), parse.GetValue(data)));

        var ar = new Argument<int>("ÅR") { Description = "Det nye året." };
        var bydeler = new Option<string[]>("--bydel") { Description = "Bare denne bydelen (kan gjentas; standard: alle med data for året før)." };
        var nyttAr = new Command("år", "Lag neste års mapper fra fjorårets: struktur og id-er beholdes, årets tall og tekster tømmes til TODO.") { ar, bydeler, data };
        nyttAr.Aliases.Add("aar");
        nyttAr.SetAction(parse => NyttAr(parse, parse.GetValue(ar), parse.GetValue(bydeler) ?? [], parse.GetValue(data)));

        return new Command("new", "Lag nye datafiler: en ny bydel, eller et nytt år.") { bydel, nyttAr };
    }

    private static string? Datamappe(ParseResult parse, DirectoryInfo? data) =>
        DataFolder.Velg(data, Environment.CurrentDirectory, parse.InvocationConfiguration.Error);

    private static int NyBydel(ParseResult parse, string navn, int ar, DirectoryInfo? data)
    {
        var error = parse.InvocationConfiguration.Error;
        if (Datamappe(parse, data) is not { } dir)
        {
            return Cli.Bruk;
        }
        if (navn.Length == 0 || navn.Any(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')))
        {
            error.WriteLine($"«{navn}» kan ikke brukes som mappenavn: bruk små ASCII-bokstaver, sifre og bindestrek (f.eks. sondre-nordstrand).");
            return Cli.Bruk;
        }
        var mappe = Path.Combine(dir, navn, ar.ToString(CultureInfo.InvariantCulture));
        if (Directory.Exists(mappe))
        {
            error.WriteLine($"{Relativ(mappe)} finnes allerede; ingenting er endret.");
            return Cli.Bruk;
        }
        var dataset = Loader.Load(dir);
        if (!dataset.Kataloger.TryGetValue(ar, out var katalog))
        {
            error.WriteLine($"Det finnes ingen katalog for {ar} (data/katalog/{ar}/). Lag den først, f.eks. med `bydelsrapport new år {ar}`.");
            return Cli.Bruk;
        }
        var visningsnavn = string.Join(' ', navn.Split('-').Select(d => d.Length == 0 ? d : char.ToUpperInvariant(d[0]) + d[1..]));
        Skriv(mappe, Skjelett.Lag(visningsnavn, ar, katalog));
        parse.InvocationConfiguration.Output.WriteLine($"Laget {Relativ(mappe)}. Fyll ut TODO-ene; `bydelsrapport validate --bydel {navn}` viser hva som gjenstår.");
        return Cli.Ok;
    }

    private static int NyttAr(ParseResult parse, int ar, string[] bydeler, DirectoryInfo? data)
    {
        var error = parse.InvocationConfiguration.Error;
        if (Datamappe(parse, data) is not { } dir)
        {
            return Cli.Bruk;
        }
        var forrige = (ar - 1).ToString(CultureInfo.InvariantCulture);
        var kilder = Loader.SubDirectories(dir)
            .Where(d => Path.GetFileName(d) != Loader.KatalogMappe && Directory.Exists(Path.Combine(d, forrige)))
            .Where(d => bydeler.Length == 0 || bydeler.Contains(Path.GetFileName(d)))
            .ToList();
        var ukjent = bydeler.Where(b => kilder.All(k => Path.GetFileName(k) != b)).ToList();
        if (ukjent.Count > 0 || kilder.Count == 0)
        {
            error.WriteLine(ukjent.Count > 0
                ? $"Ingen data for {forrige} for: {string.Join(", ", ukjent)}."
                : $"Ingen bydel har data for {forrige}; ingenting å lage {ar} fra.");
            return Cli.Bruk;
        }
        var opptatt = kilder.Select(k => Path.Combine(k, ar.ToString(CultureInfo.InvariantCulture))).Where(Directory.Exists).ToList();
        if (opptatt.Count > 0)
        {
            error.WriteLine($"{string.Join(", ", opptatt.Select(Relativ))} finnes allerede; ingenting er endret.");
            return Cli.Bruk;
        }
        var funn = new List<Finding>();
        var katalogNy = Path.Combine(dir, Loader.KatalogMappe, ar.ToString(CultureInfo.InvariantCulture));
        var katalogGammel = Path.Combine(dir, Loader.KatalogMappe, forrige);
        var planer = new List<(string Mappe, IReadOnlyList<(string Fil, YamlMapping Innhold)> Filer)>();
        foreach (var kilde in kilder)
        {
            var filer = new List<(string, YamlMapping)>();
            var fra = Path.Combine(kilde, forrige);
            foreach (var fil in Loader.YamlFiles(fra))
            {
                var id = Path.GetFileNameWithoutExtension(fil);
                var shape = id == "rapport" ? Shapes.Rapport : Shapes.Kapittel;
                if (Loader.ReadFile(dir, fil, shape, funn) is not { } map)
                {
                    continue;
                }
                filer.Add((id, id == "rapport" ? NesteAr.Rapport(map, ar) : new NesteAr(ar).Kapittel(map)));
            }
            planer.Add((Path.Combine(kilde, ar.ToString(CultureInfo.InvariantCulture)), filer));
        }
        if (funn.Count > 0)
        {
            foreach (var f in funn)
            {
                error.WriteLine(f);
            }
            error.WriteLine($"Fjorårets filer har feil; ingenting er laget. Rett dem først (bydelsrapport validate).");
            return Cli.Funn;
        }
        if (!Directory.Exists(katalogNy) && Directory.Exists(katalogGammel))
        {
            // The city revises the catalogue in its budget; until then, last year's is the starting point.
            CopyDirectory(katalogGammel, katalogNy);
            parse.InvocationConfiguration.Output.WriteLine($"Laget {Relativ(katalogNy)} som kopi av {forrige}-katalogen; oppdater den etter byens budsjett for {ar}.");
        }
        foreach (var (mappe, filer) in planer)
        {
            Skriv(mappe, filer);
            parse.InvocationConfiguration.Output.WriteLine($"Laget {Relativ(mappe)}.");
        }
        return Cli.Ok;
    }

    /// <summary>All files to a temporary folder first, then the folder moved into place: never a half-made year.</summary>
    private static void Skriv(string mappe, IReadOnlyList<(string Fil, YamlMapping Innhold)> filer)
    {
        var temp = mappe + ".tmp-" + Environment.ProcessId;
        Directory.CreateDirectory(temp);
        try
        {
            foreach (var (fil, innhold) in filer)
            {
                var kind = Shapes.FileKinds.Single(k => k.Shape == (fil == "rapport" ? Shapes.Rapport : Shapes.Kapittel)).File;
                var header = $"# yaml-language-server: $schema=../../../cli/schema/{kind}.schema.json";
                File.WriteAllText(Path.Combine(temp, fil + ".yaml"), YamlWriter.Write(innhold, header), new System.Text.UTF8Encoding(false));
            }
            Directory.CreateDirectory(Path.GetDirectoryName(mappe)!);
            Directory.Move(temp, mappe);
        }
        finally
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.GetFiles(from))
        {
            File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
        }
    }

    private static string Relativ(string p) => Path.GetRelativePath(Environment.CurrentDirectory, p).Replace('\\', '/');
}
