using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/bydelsrapport.benchmarks -- --filter '*'
// dotnet run -c Release --project tests/bydelsrapport.benchmarks -- lag-data BYDELER ÅR   (skriver stien til syntetiske data)
if (args is ["lag-data", var bydeler, var ar])
{
    Console.WriteLine(Bydelsrapport.Benchmarks.Datasett.Lag(int.Parse(bydeler, System.Globalization.CultureInfo.InvariantCulture), int.Parse(ar, System.Globalization.CultureInfo.InvariantCulture)));
    return;
}
if (args is ["gjengi", var ganger])
{
    // Quick loop for template work: one report rendered many times, ms per render (after warm-up).
    var repo = Bydelsrapport.Benchmarks.Datasett.FinnRepo();
    var data = Bydelsrapport.Load.Loader.Load(Path.Combine(repo, "data"), b => b == "gamle-oslo");
    var rapport = data.Rapporter[0];
    var renderer = new Bydelsrapport.Render.Renderer(Path.Combine(repo, "templates"));
    var n = int.Parse(ganger, System.Globalization.CultureInfo.InvariantCulture);
    foreach (var fase in new[] { "oppvarming", "måling" })
    {
        var vm = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < n; i++) { new Bydelsrapport.Render.Visningsmodell(rapport, data.Kataloger[rapport.Ar]).Lag(); }
        var tVm = vm.Elapsed.TotalMilliseconds / n;
        var modell = new Bydelsrapport.Render.Visningsmodell(rapport, data.Kataloger[rapport.Ar]).Lag();
        var md = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < n; i++) { renderer.Render(modell, Bydelsrapport.Render.Format.Markdown); }
        var tMd = md.Elapsed.TotalMilliseconds / n;
        var html = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < n; i++) { renderer.Render(modell, Bydelsrapport.Render.Format.Html); }
        var tHtml = html.Elapsed.TotalMilliseconds / n;
        Console.WriteLine($"{fase}: visningsmodell {tVm:0.0} ms, md {tMd:0.0} ms, html {tHtml:0.0} ms, gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
    }
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Bydelsrapport.Benchmarks.ValideringBenchmark).Assembly).Run(args);
