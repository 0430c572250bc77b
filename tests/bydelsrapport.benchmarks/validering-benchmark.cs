using BenchmarkDotNet.Attributes;
using Bydelsrapport.Load;
using Bydelsrapport.Validate;
using YamlDotNet.Core;

namespace Bydelsrapport.Benchmarks;

/// <summary>
/// Loading and validating against the floor: YamlDotNet alone parsing the same files (events only,
/// nothing built). "1" is Gamle Oslo 2024 with the catalogue; "16" is the four real bydeler and copies
/// of them in turn (<see cref="Datasett"/>), the size of the city's 15 bydeler for one year.
/// </summary>
[MemoryDiagnoser]
public class ValideringBenchmark
{
    private string _root = "";
    private string[] _files = [];

    [Params(1, 16)]
    public int Bydeler { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _root = Datasett.Lag(Bydeler);
        _files = Directory.GetFiles(_root, "*.yaml", SearchOption.AllDirectories);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [Benchmark(Baseline = true, Description = "YamlDotNet: bare parsing")]
    public int BareParsing()
    {
        var events = 0;
        foreach (var file in _files)
        {
            var parser = new Parser(new StringReader(File.ReadAllText(file)));
            while (parser.MoveNext())
            {
                events++;
            }
        }
        return events;
    }

    [Benchmark(Description = "bydelsrapport: last + valider")]
    public int LastOgValider() => Validator.Validate(Loader.Load(_root)).Funn.Count;
}

/// <summary>
/// Makes a data folder from the repo's catalogue and its four real bydeler: bydel 0–3 are Gamle Oslo,
/// Alna, Bjerke and Stovner as they are, bydel 4 and on are copies of them in turn (kopi-04 of Gamle
/// Oslo, kopi-05 of Alna, …), each for <c>ar</c> years back from 2024 (the catalogue copied for each
/// year, years in the text moved back, the baseline and a bydel's own templates copied along), so every
/// copy validates like its original. 15 bydeler × 5 years is about 19 MB of YAML, 260 KB a report.
/// </summary>
public static class Datasett
{
    private static readonly string[] Kilder = ["gamle-oslo", "alna", "bjerke", "stovner"];

    public static string Lag(int bydeler, int ar = 1)
    {
        var repo = FinnRepo();
        var root = Path.Combine(Path.GetTempPath(), "bydelsrapport-bench-" + Guid.NewGuid().ToString("N"));
        for (var a = 0; a < ar; a++)
        {
            var aar = (2024 - a).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Kopier(Path.Combine(repo, "data", "katalog", "2024"), Path.Combine(root, "katalog", aar));
            foreach (var fil in Directory.GetFiles(Path.Combine(root, "katalog", aar), "*.yaml"))
            {
                File.WriteAllText(fil, Forskyv(File.ReadAllText(fil), a));
            }
            for (var b = 0; b < bydeler; b++)
            {
                var kilde = Kilder[b % Kilder.Length];
                var navn = b < Kilder.Length ? kilde : $"kopi-{b:00}";
                var mappe = Path.Combine(root, navn, aar);
                Kopier(Path.Combine(repo, "data", kilde, "2024"), mappe);
                File.Delete(Path.Combine(mappe, "arsberetning.md"));
                foreach (var fil in Directory.GetFiles(mappe, "*.yaml"))
                {
                    File.WriteAllText(fil, Forskyv(File.ReadAllText(fil), a));
                }
                var maler = Path.Combine(repo, "data", kilde, Loader.MalerMappe);
                if (a == 0 && Directory.Exists(maler))
                {
                    Kopier(maler, Path.Combine(root, navn, Loader.MalerMappe));
                }
                var bl = Path.Combine(root, navn, "baseline.yaml");
                var linjer = Forskyv(File.ReadAllText(Path.Combine(repo, "data", kilde, "baseline.yaml")), a)
                    .Replace($"{kilde}/{aar}/", $"{navn}/{aar}/", StringComparison.Ordinal);
                File.AppendAllText(bl, File.Exists(bl) ? linjer[(linjer.IndexOf("godkjent:", StringComparison.Ordinal) + "godkjent:".Length)..] : linjer);
            }
        }
        return root;
    }

    /// <summary>
    /// An earlier year's copy: every year 2010–2029 in the text moved back by <paramref name="ar"/> (keys,
    /// column titles, prose, <c>ar: 2024</c>), except a number that is a value of its own in a table row
    /// (<c>{antall: 2012}</c>, <c>[2019, 5]</c>) or a negative figure: that is a figure, and moving it would break the sums it belongs to.
    /// </summary>
    private static string Forskyv(string tekst, int ar) => ar == 0 ? tekst
        : System.Text.RegularExpressions.Regex.Replace(tekst, "\\b20[12][0-9]\\b",
            m => ErVerdi(tekst, m.Index, m.Length) ? m.Value
                : (int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) - ar).ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static bool ErVerdi(string tekst, int start, int lengde)
    {
        if (start > 0 && tekst[start - 1] == '-')
        {
            return true; // a negative figure (avvik: -2012), never a year
        }
        var før = start - 1;
        while (før >= 0 && tekst[før] == ' ')
        {
            før--;
        }
        var etter = start + lengde;
        while (etter < tekst.Length && tekst[etter] == ' ')
        {
            etter++;
        }
        var foran = før < 0 ? '\n' : tekst[før];
        var bak = etter >= tekst.Length ? '\n' : tekst[etter];
        var linje = tekst.LastIndexOf('\n', Math.Max(start - 1, 0)) + 1;
        var apne = 0;
        for (var i = linje; i < start; i++)
        {
            apne += tekst[i] is '{' or '[' ? 1 : tekst[i] is '}' or ']' ? -1 : 0;
        }
        return apne > 0 && foran is ':' or '[' or ',' && bak is ',' or ']' or '}';
    }

    public static string FinnRepo()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bydelsrapport.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Kjør fra repoet.");
    }

    private static void Kopier(string fra, string til)
    {
        Directory.CreateDirectory(til);
        foreach (var fil in Directory.GetFiles(fra))
        {
            File.Copy(fil, Path.Combine(til, Path.GetFileName(fil)), overwrite: true);
        }
        foreach (var dir in Directory.GetDirectories(fra))
        {
            Kopier(dir, Path.Combine(til, Path.GetFileName(dir)));
        }
    }
}
