using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/bydelsrapport.benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Bydelsrapport.Benchmarks.ValideringBenchmark).Assembly).Run(args);
