using BenchmarkDotNet.Attributes;
using Bydelsrapport.Load;
using Bydelsrapport.Validate;
using YamlDotNet.Core;

namespace Bydelsrapport.Benchmarks;

/// <summary>
/// Loading and validating against the floor: YamlDotNet alone parsing the same files (events only,
/// nothing built). "1" is Gamle Oslo 2024 with the catalogue; "16" adds 15 copies of it as other
/// bydeler, the size of the city's 15 bydeler for one year.
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
/// Makes a data folder from the repo's catalogue and Gamle Oslo 2024: the original plus copies as other
/// bydeler and other years (the catalogue copied for each year, the baseline rewritten to the copy's
/// paths), so every copy validates like the original.
/// </summary>
public static class Datasett
{
    public static string Lag(int bydeler, int ar = 1)
    {
        var repo = FinnRepo();
        var root = Path.Combine(Path.GetTempPath(), "bydelsrapport-bench-" + Guid.NewGuid().ToString("N"));
        var kilde = Path.Combine(repo, "data", "gamle-oslo", "2024");
        var baseline = File.ReadAllText(Path.Combine(repo, "data", "gamle-oslo", "baseline.yaml"));
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
                var navn = b == 0 ? "gamle-oslo" : $"kopi-{b:00}";
                var mappe = Path.Combine(root, navn, aar);
                Kopier(kilde, mappe);
                File.Delete(Path.Combine(mappe, "arsberetning.md"));
                foreach (var fil in Directory.GetFiles(mappe, "*.yaml"))
                {
                    File.WriteAllText(fil, Forskyv(File.ReadAllText(fil), a));
                }
                var bl = Path.Combine(root, navn, "baseline.yaml");
                var linjer = Forskyv(baseline, a).Replace($"gamle-oslo/{aar}/", $"{navn}/{aar}/", StringComparison.Ordinal);
                File.AppendAllText(bl, File.Exists(bl) ? linjer[(linjer.IndexOf("godkjent:", StringComparison.Ordinal) + "godkjent:".Length)..] : linjer);
            }
        }
        return root;
    }

    /// <summary>An earlier year's copy: every year 2010–2029 in the text moved back by <paramref name="ar"/> (keys, columns, prose).</summary>
    private static string Forskyv(string tekst, int ar) => ar == 0 ? tekst
        : System.Text.RegularExpressions.Regex.Replace(tekst, "\\b20[12][0-9]\\b",
            m => (int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) - ar).ToString(System.Globalization.CultureInfo.InvariantCulture));

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
