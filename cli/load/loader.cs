using System.Text;
using Bydelsrapport.Model;
using Bydelsrapport.Validate;

namespace Bydelsrapport.Load;

/// <summary>
/// Load stage: reads every YAML file under data/, checks it against its shape and builds the model.
/// A file with schema errors is left out of the model (its findings say why), so later stages see
/// only well-formed data and never crash on it.
/// </summary>
public static class Loader
{
    public const string KatalogMappe = "katalog";
    public const string BaselineFil = "baseline.yaml";

    /// <summary>A bydel's own templates (data/&lt;bydel&gt;/maler/), not a year.</summary>
    public const string MalerMappe = "maler";

    /// <param name="bydel">When given, only the bydel folders it accepts are read (the catalogue always is):
    /// validating one bydel should not pay for parsing the other fourteen.</param>
    public static Dataset Load(string dataRoot, Func<string, bool>? bydel = null)
    {
        var findings = new List<Finding>();
        var kataloger = new SortedDictionary<int, Katalog>();
        var rapporter = new List<Rapport>();
        var root = Path.GetFullPath(dataRoot);

        // Folders are found in order, then read in parallel (each year's files are independent of the
        // others'), and their results put back in folder order so findings and reports do not depend
        // on which thread finished first.
        var jobber = new List<(string Dir, int Year, bool Katalog)>();
        foreach (var dir in SubDirectories(root).Where(d => Path.GetFileName(d) == KatalogMappe || bydel?.Invoke(Path.GetFileName(d)) != false))
        {
            var name = Path.GetFileName(dir);
            CheckName(root, dir, findings);
            foreach (var yearDir in SubDirectories(dir).Where(d => Path.GetFileName(d) != MalerMappe))
            {
                CheckName(root, yearDir, findings);
                if (!int.TryParse(Path.GetFileName(yearDir), out var year))
                {
                    findings.Add(Finding.Error(Relative(root, yearDir), new Position(1, 1), "", Codes.FullstendigFil,
                        $"Mappen «{Path.GetFileName(yearDir)}» er ikke et årstall. Data ligger i data/<bydel>/<år>/."));
                    continue;
                }
                jobber.Add((yearDir, year, name == KatalogMappe));
            }
        }
        var lest = new (Katalog? Katalog, Rapport? Rapport, List<Finding> Findings)[jobber.Count];
        Parallel.For(0, jobber.Count, i =>
        {
            var (yearDir, year, katalog) = jobber[i];
            var egne = new List<Finding>();
            lest[i] = katalog
                ? (KatalogBuilder.Build(root, yearDir, year, egne), null, egne)
                : (null, RapportBuilder.Build(root, yearDir, year, egne), egne);
        });
        for (var i = 0; i < jobber.Count; i++)
        {
            findings.AddRange(lest[i].Findings);
            if (lest[i].Katalog is { } k)
            {
                kataloger[jobber[i].Year] = k;
            }
            if (lest[i].Rapport is { } r)
            {
                rapporter.Add(r);
            }
        }

        var baseline = LoadBaseline(root, findings, bydel);
        return new Dataset(root, kataloger, rapporter, baseline, findings);
    }

    /// <summary>Reads and shape-checks one file; null when it cannot be used.</summary>
    internal static YamlMapping? ReadFile(string root, string path, ObjectShape shape, List<Finding> findings)
    {
        var file = Relative(root, path);
        CheckName(root, path, findings);
        string text;
        try
        {
            // UTF-8 with or without BOM; CRLF is read like LF by the parser.
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            findings.Add(Finding.Error(file, new Position(1, 1), "", Codes.YamlSyntaks, $"Kan ikke lese filen: {e.Message}"));
            return null;
        }
        var node = YamlReader.Read(file, text, findings);
        if (node is null)
        {
            return null;
        }
        var ok = new ShapeChecker(file, findings).Check(node, shape, "");
        return ok ? node as YamlMapping : null;
    }

    internal static string Relative(string root, string path) =>
        Path.GetRelativePath(root, path).Replace('\\', '/');

    internal static IEnumerable<string> SubDirectories(string dir) =>
        Directory.Exists(dir)
            ? Directory.GetDirectories(dir).Where(d => !Path.GetFileName(d).StartsWith('.')).Order(StringComparer.Ordinal)
            : [];

    internal static IEnumerable<string> YamlFiles(string dir) =>
        Directory.GetFiles(dir, "*.yaml").Order(StringComparer.Ordinal);

    private static void CheckName(string root, string path, List<Finding> findings)
    {
        var name = Path.GetFileName(path);
        if (name.Any(c => c > 127 || char.IsUpper(c) || c == ' '))
        {
            findings.Add(Finding.Error(Relative(root, path), new Position(1, 1), "", Codes.FullstendigFil,
                $"Navnet «{name}» skal bare ha små ASCII-bokstaver, sifre og bindestrek (git og skript sliter med andre tegn). Gi det nytt navn."));
        }
    }

    /// <summary>data/baseline.yaml and each bydel's own data/&lt;bydel&gt;/baseline.yaml (so a bydel's team owns its entries).</summary>
    private static List<BaselineEntry> LoadBaseline(string root, List<Finding> findings, Func<string, bool>? bydel)
    {
        var paths = new[] { Path.Combine(root, BaselineFil) }
            .Concat(SubDirectories(root).Where(d => Path.GetFileName(d) != KatalogMappe && bydel?.Invoke(Path.GetFileName(d)) != false).Select(d => Path.Combine(d, BaselineFil)));
        var entries = new List<BaselineEntry>();
        foreach (var path in paths.Where(File.Exists))
        {
            if (ReadFile(root, path, Shapes.Baseline, findings) is not { } map)
            {
                continue;
            }
            var doc = new NodeReader(Relative(root, path), "", map);
            entries.AddRange(doc.Objects("godkjent").Select(e => new BaselineEntry(e.Kilde, e.RequiredText("fil"), e.RequiredText("sti"),
                e.RequiredText("regel"), e.RequiredText("kilde"), e.Text("merknad"))));
        }
        return entries;
    }
}
