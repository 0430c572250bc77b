using System.Diagnostics;
using System.Globalization;

namespace Bydelsrapport.Commands;

/// <summary>
/// Where a build spends its wall-clock time, one line per stage on standard error when the environment
/// variable BYDELSRAPPORT_TID is set. For the benchmark script (tests/bydelsrapport.benchmarks/), so a
/// slow stage is found by measuring rather than guessing; silent otherwise.
/// </summary>
public static class Tidtaking
{
    private static readonly bool Pa = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("BYDELSRAPPORT_TID"));

    public static Fase Start(string navn) => new(Pa ? navn : null);

    public readonly struct Fase(string? navn) : IDisposable
    {
        private readonly long _start = navn is null ? 0 : Stopwatch.GetTimestamp();

        public void Dispose()
        {
            if (navn is not null)
            {
                var ms = Stopwatch.GetElapsedTime(_start).TotalMilliseconds;
                // The garbage collector's pauses so far, and its collections per generation: with every report in memory they are a cost of their own.
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"tid {navn}: {ms:0} ms (gc-pauser hittil {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms, {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, heap {GC.GetGCMemoryInfo().HeapSizeBytes / 1048576} MB, allokert {GC.GetTotalAllocatedBytes() / 1048576} MB)"));
            }
        }
    }
}
