using System.Globalization;
using Bydelsrapport.Compute;
using Bydelsrapport.Model;
using Bydelsrapport.Render;
using Scriban.Runtime;

namespace Bydelsrapport.Site;

/// <summary>
/// Sick leave per bydel: from each report's table marked <c>rolle: sykefravaer</c>, the row
/// <c>totalt</c> in the columns resultat_&lt;år−1&gt;, mal_&lt;år&gt; and resultat_&lt;år&gt;.
/// </summary>
internal static class Sykefravaer
{
    public const string Side = "sykefravaer.html";
    public const string Csv = "sykefravaer.csv";

    public sealed record Rad(Rapport Rapport, decimal? Forrige, decimal? Mal, decimal? Resultat, string? Merknad);

    public static IReadOnlyList<Rad> Finn(IReadOnlyList<Rapport> rapporter, int ar) => rapporter.Select(r =>
    {
        var tabell = Sammenligning.Blokker(r).OfType<TabellBlokk>().FirstOrDefault(t => t.Rolle == "sykefravaer");
        if (tabell is null)
        {
            return new Rad(r, null, null, null, "Rapporten har ingen sykefraværstabell.");
        }
        if (tabell.IkkeTilgjengelig is not null)
        {
            return new Rad(r, null, null, null, $"Ikke tilgjengelig: {tabell.IkkeTilgjengelig}");
        }
        var totalt = tabell.Rader.FirstOrDefault(x => x.Id == TabellBlokk.Totalt);
        var beregning = new Tabellberegning(tabell);
        decimal? Verdi(string kolonne) => totalt is null ? null : beregning.Verdi(totalt, kolonne);
        string A(int y) => y.ToString(CultureInfo.InvariantCulture);
        return new Rad(r, Verdi($"resultat_{A(ar - 1)}"), Verdi($"mal_{A(ar)}"), Verdi($"resultat_{A(ar)}"), null);
    }).ToList();

    public static ScriptObject Modell(int ar, IReadOnlyList<Rad> rader, string rot)
    {
        var t = new Tabellvisning { Tittel = $"Sykefravær totalt i prosent per bydel, {ar}" };
        t.Kolonne("Bydel", tall: false).Kolonne($"Resultat {ar - 1}").Kolonne($"Mål {ar}").Kolonne($"Resultat {ar}");
        foreach (var r in rader)
        {
            t.Rad([Tabellvisning.Tekst(r.Rapport.Bydel), Tabellvisning.Beregnet(r.Forrige, "prosent", "ikke tilgjengelig"),
                Tabellvisning.Beregnet(r.Mal, "prosent", "ikke oppgitt"), Tabellvisning.Beregnet(r.Resultat, "prosent", "ikke tilgjengelig")]);
            if (r.Merknad is not null)
            {
                t.Merknader.Add($"{r.Rapport.Bydel}: {r.Merknad}");
            }
        }
        t.Merknader.Add("Raden «Totalt» i bydelens sykefraværstabell under særskilt rapportering. Et mål som rapporten bare trykker på korttidsraden, vises ikke som mål for totalen.");
        return So.Obj(
            ("side", Nettsted.Side($"Sykefravær per bydel, {ar}", rot)),
            ("ar", ar),
            ("tabell", t.Til()),
            ("csv", Csv));
    }

    public static string LagCsv(IReadOnlyList<Rad> rader, int ar) => Site.Csv.Lag(
        ["bydel_id", "bydel", $"resultat_{ar - 1}_prosent", $"mal_{ar}_prosent", $"resultat_{ar}_prosent", "merknad"],
        rader.Select(r => (IReadOnlyList<string?>)[Sammenligning.BydelId(r.Rapport), r.Rapport.Bydel,
            Site.Csv.Tall(r.Forrige), Site.Csv.Tall(r.Mal), Site.Csv.Tall(r.Resultat), r.Merknad]));
}
