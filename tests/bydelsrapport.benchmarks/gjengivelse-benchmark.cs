using BenchmarkDotNet.Attributes;
using Bydelsrapport.Commands;
using Bydelsrapport.Load;
using Bydelsrapport.Validate;

namespace Bydelsrapport.Benchmarks;

/// <summary>
/// Rendering against loading alone: 15 bydeler × 5 years (75 reports, Gamle Oslo's size each).
/// "Last" is load only; "Last + valider + gjengi" is what `build` does in memory (Markdown and HTML).
/// </summary>
[MemoryDiagnoser]
public class GjengivelseBenchmark
{
    private string _root = "";
    private string _maler = "";

    [GlobalSetup]
    public void Setup()
    {
        _root = Datasett.Lag(15, 5);
        _maler = Path.Combine(Datasett.FinnRepo(), "templates");
        var data = Loader.Load(_root);
        var r = Validator.Validate(data);
        if (r.Feiler || data.Rapporter.Count != 75)
        {
            throw new InvalidOperationException($"Syntetiske data: {data.Rapporter.Count} rapporter, {r.Feil} feil.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [Benchmark(Baseline = true, Description = "Last (75 rapporter)")]
    public int Last() => Loader.Load(_root).Rapporter.Count;

    [Benchmark(Description = "Last + valider + gjengi md og html")]
    public int Bygg()
    {
        var data = Loader.Load(_root);
        Validator.Validate(data);
        return Commands.Bygg.Alle(data, _maler, _root, Path.Combine(_root, "ut")).Count;
    }
}
