using Bydelsrapport.Load;
using Bydelsrapport.Model;

namespace Bydelsrapport.Compute;

/// <summary>
/// Compute stage: every derived figure (avvik, sums, subtotals, indicator avvik) is computed here
/// and only here, from the figures a bydel types. Validation compares printed figures with these;
/// rendering shows these.
/// </summary>
public static class Beregning
{
    /// <summary>Avvik = regulert budsjett − regnskap.</summary>
    public static decimal? Avvik(Okonomitall t) =>
        t.RegulertBudsjett?.Tall is { } rb && t.Regnskap?.Tall is { } rs ? rb - rs : null;

    /// <summary>A column's value as computed: inputs as typed, avvik from the inputs.</summary>
    public static decimal? Verdi(Okonomitall t, string kolonne) =>
        kolonne == "avvik" ? Avvik(t) : t[kolonne]?.Tall;

    /// <summary>The sum row of a set of rows, column by column; null when a row lacks the figure.</summary>
    /// <summary>No rows (a table whose figures the source lacks) give no sum, not zero.</summary>
    public static decimal? Sum(IEnumerable<Okonomitall> rader, string kolonne)
    {
        decimal sum = 0;
        var any = false;
        foreach (var rad in rader)
        {
            if (Verdi(rad, kolonne) is not { } v)
            {
                return null;
            }
            sum += v;
            any = true;
        }
        return any ? sum : null;
    }

    /// <summary>A figure as printed when printed, else as computed: for comparing one table with another.</summary>
    public static decimal? TryktEllerBeregnet(Okonomitall? trykt, IEnumerable<Okonomitall> rader, string kolonne) =>
        trykt?[kolonne]?.Tall ?? Sum(rader, kolonne);

    /// <summary>Netto for one FO as its økonomi tables print it (the sum rows), per column, over all its parts (FO4A+4B+4C).</summary>
    public static decimal? FoNetto(Kapittel fo, string kolonne) =>
        OverDeler(fo, blokk => TryktEllerBeregnet(blokk.Sum, blokk.Rader.Select(r => r.Tall), kolonne));

    /// <summary>
    /// Netto for one FO as computed from its rows (over all its parts, FO4A+4B+4C), for comparing bydeler:
    /// a printed sum that is wrong must not enter a comparison. A table with no rows counts with its printed
    /// sum. Null when a table lacks its figures (<c>ikke_tilgjengelig</c>) or a row lacks the column.
    /// </summary>
    public static decimal? FoNettoBeregnet(Kapittel fo, string kolonne) =>
        OverDeler(fo, blokk => blokk.Rader.Count > 0 ? Sum(blokk.Rader.Select(r => r.Tall), kolonne)
            : blokk.Sum is { } s ? (kolonne == "avvik" ? Avvik(s) : s[kolonne]?.Tall)
            : null);

    /// <summary>The sum over an FO's økonomi tables (FO4A+4B+4C); null when any table lacks its figures or has no FO table at all.</summary>
    private static decimal? OverDeler(Kapittel fo, Func<OkonomiBlokk, decimal?> perTabell)
    {
        decimal sum = 0;
        var any = false;
        foreach (var blokk in fo.AlleBlokker().OfType<OkonomiBlokk>())
        {
            if (blokk.IkkeTilgjengelig is not null || perTabell(blokk) is not { } v)
            {
                return null;
            }
            sum += v;
            any = true;
        }
        return any ? sum : null;
    }

    /// <summary>Indicator avvik = resultat − måltall for the report year (the måltall's threshold for a target like «&gt;44»).</summary>
    public static decimal? IndikatorAvvik(IndikatorRad rad, int ar) =>
        rad.Resultater.TryGetValue(ar, out var r) && r.Tall is { } resultat && rad.Maltall?.Regneverdi is { } mal
            ? resultat - mal
            : null;

    /// <summary>Investment avvik = regulert budsjett − regnskap (kolonne IX = VII − VIII).</summary>
    public static decimal? Avvik(Investeringsprosjekt p) =>
        p.RegulertBudsjett.Tall is { } rb && p.Regnskap.Tall is { } rs ? rb - rs : null;

    public static decimal? SumInvestering(Investeringskapittel k, Func<Investeringsprosjekt, decimal?> kolonne)
    {
        decimal sum = 0;
        foreach (var p in k.Prosjekter)
        {
            if (kolonne(p) is not { } v)
            {
                return null;
            }
            sum += v;
        }
        return sum;
    }
}
