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

/// <summary>Makes a data folder: the repo's catalogue and baseline, Gamle Oslo, and copies of it.</summary>
public static class Datasett
{
    public static string Lag(int bydeler)
    {
        var repo = FinnRepo();
        var root = Path.Combine(Path.GetTempPath(), "bydelsrapport-bench-" + Guid.NewGuid().ToString("N"));
        Kopier(Path.Combine(repo, "data", "katalog"), Path.Combine(root, "katalog"));
        var kilde = Path.Combine(repo, "data", "gamle-oslo");
        Kopier(kilde, Path.Combine(root, "gamle-oslo"));
        for (var i = 1; i < bydeler; i++)
        {
            Kopier(kilde, Path.Combine(root, $"kopi-{i:00}"));
        }
        return root;
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
        foreach (var fil in Directory.GetFiles(fra, "*.yaml"))
        {
            File.Copy(fil, Path.Combine(til, Path.GetFileName(fil)));
        }
        foreach (var dir in Directory.GetDirectories(fra))
        {
            Kopier(dir, Path.Combine(til, Path.GetFileName(dir)));
        }
    }
}
