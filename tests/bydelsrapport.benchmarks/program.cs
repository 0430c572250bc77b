using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/bydelsrapport.benchmarks -- --filter '*'
// dotnet run -c Release --project tests/bydelsrapport.benchmarks -- lag-data BYDELER ÅR   (skriver stien til syntetiske data)
if (args is ["lag-data", var bydeler, var ar])
{
    Console.WriteLine(Bydelsrapport.Benchmarks.Datasett.Lag(int.Parse(bydeler, System.Globalization.CultureInfo.InvariantCulture), int.Parse(ar, System.Globalization.CultureInfo.InvariantCulture)));
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Bydelsrapport.Benchmarks.ValideringBenchmark).Assembly).Run(args);
