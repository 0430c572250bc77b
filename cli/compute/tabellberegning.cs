using Bydelsrapport.Model;

namespace Bydelsrapport.Compute;

/// <summary>
/// Derived cells of a general table: columns with a <c>formel</c>, rows with <c>sum_av</c>.
/// Sum rows add only count and money columns (tall, kr): a share of a group is not a sum of shares.
/// </summary>
public sealed class Tabellberegning(TabellBlokk tabell)
{
    private readonly Dictionary<string, TabellRad> _rader = tabell.Rader.Where(r => r.Id is not null)
        .GroupBy(r => r.Id!).ToDictionary(g => g.Key, g => g.First());

    public static bool Summeres(Kolonne k) => k.Type is "tall" or "kr";

    /// <summary>The computed value of a cell, or null when it is an input or cannot be computed.</summary>
    public decimal? Beregnet(TabellRad rad, Kolonne kolonne) => Beregnet(rad, kolonne, depth: 0);

    private decimal? Beregnet(TabellRad rad, Kolonne kolonne, int depth)
    {
        if (depth > 20)
        {
            return null; // a sum row that refers to itself; the validator reports the cycle
        }
        if (kolonne.Formel is { } formel)
        {
            return Formel.Evaluate(formel, id => Verdi(rad, id, depth + 1));
        }
        if (rad.SumAv.Count > 0 && Summeres(kolonne))
        {
            decimal sum = 0;
            foreach (var id in rad.SumAv)
            {
                if (!_rader.TryGetValue(id, out var del) || Verdi(del, kolonne.Id, depth + 1) is not { } v)
                {
                    return null;
                }
                sum += v;
            }
            return sum;
        }
        return null;
    }

    /// <summary>A cell's value for further computing: computed when derived, else as typed.</summary>
    public decimal? Verdi(TabellRad rad, string kolonneId, int depth = 0)
    {
        var kolonne = tabell.Kolonner.FirstOrDefault(k => k.Id == kolonneId);
        if (kolonne is not null && Beregnet(rad, kolonne, depth) is { } b)
        {
            return b;
        }
        return rad.Celler.TryGetValue(kolonneId, out var c) ? c.Tall : null;
    }
}
