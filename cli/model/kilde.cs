using Bydelsrapport.Load;

namespace Bydelsrapport.Model;

/// <summary>Where a value was written: file (relative to data/), YAML path and position. Findings point here.</summary>
public sealed record Kilde(string Fil, string Sti, Position Posisjon);

/// <summary>
/// One table cell as written: a number (kept at its written precision), a text as printed
/// (status text such as «Publiseres 17.2», or a target with a comparator such as «&gt;44»), or empty.
/// </summary>
public sealed record Celle(Kilde Kilde, decimal? Tall, string? Tekst)
{
    public bool ErTom => Tall is null && Tekst is null;

    /// <summary>The number a target like «&gt;44» or «&gt;=95 %» compares against; null for other texts.</summary>
    public (string Operator, decimal Terskel)? Sammenligning => Verdier.LesSammenligning(Tekst);

    /// <summary>The number to compute with: the number itself, or the threshold of a target.</summary>
    public decimal? Regneverdi => Tall ?? Sammenligning?.Terskel;
}

public static class Verdier
{
    public static (string Operator, decimal Terskel)? LesSammenligning(string? tekst)
    {
        if (tekst is null)
        {
            return null;
        }
        var t = tekst.Trim();
        string? op = t.StartsWith(">=", StringComparison.Ordinal) ? ">="
            : t.StartsWith("<=", StringComparison.Ordinal) ? "<="
            : t.StartsWith('>') ? ">"
            : t.StartsWith('<') ? "<"
            : null;
        if (op is null)
        {
            return null;
        }
        var rest = t[op.Length..].Trim().TrimEnd('%').Trim();
        return YamlNumber.TryParse(rest, out var terskel) ? (op, terskel) : null;
    }
}
