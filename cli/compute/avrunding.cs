namespace Bydelsrapport.Compute;

/// <summary>
/// Compares a printed figure with the computed one at the printed precision. Published tables are
/// rounded (1000 kr, whole per cent, two decimals), so one unit of the last printed digit is a
/// rounding difference; more is a real error.
/// </summary>
public static class Avrunding
{
    public readonly record struct Sammenligning(decimal Avrundet, decimal EnheterAv)
    {
        public bool Lik => EnheterAv == 0;

        public bool Avrundingsforskjell => EnheterAv == 1;
    }

    public static Sammenligning Sammenlign(decimal trykt, decimal beregnet)
    {
        var scale = trykt.Scale;
        var avrundet = Math.Round(beregnet, scale, MidpointRounding.AwayFromZero);
        var enhet = scale == 0 ? 1m : 1m / Pow10(scale);
        return new Sammenligning(avrundet, Math.Abs(trykt - avrundet) / enhet);
    }

    private static decimal Pow10(int n)
    {
        var p = 1m;
        for (var i = 0; i < n; i++) p *= 10;
        return p;
    }
}
