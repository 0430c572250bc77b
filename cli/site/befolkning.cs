using Bydelsrapport.Compute;
using Bydelsrapport.Model;
using Bydelsrapport.Render;
using Scriban.Runtime;

namespace Bydelsrapport.Site;

/// <summary>
/// Population by age over the years, per bydel: the table each report marks <c>rolle: befolkning</c>,
/// its age bands (the rows that add up to <c>sum_bydel</c>, sub-sums opened) against its date columns,
/// as a chart with the report's own table beside it.
/// </summary>
internal static class Befolkning
{
    public const string Side = "befolkning.html";

    // Dark enough for 3:1 against white (WCAG 1.4.11), distinct from one another.
    private static readonly string[] Farger = ["#2a2859", "#1f42aa", "#034b45", "#7a4b00", "#6a1b9a", "#9b0b28"];

    public static ScriptObject Modell(int ar, IReadOnlyList<Rapport> rapporter, string rot) => So.Obj(
        ("side", Nettsted.Side($"Befolkning etter alder per bydel, {ar}", rot)),
        ("ar", ar),
        ("bydeler", So.Arr(rapporter.Select((r, i) => Bydel(r, i)))));

    private static ScriptObject Bydel(Rapport r, int indeks)
    {
        var tabell = Sammenligning.Blokker(r).OfType<TabellBlokk>().FirstOrDefault(t => t.Rolle == "befolkning");
        if (tabell is null || tabell.IkkeTilgjengelig is not null)
        {
            return So.Obj(("navn", r.Bydel), ("id", $"bydel-{indeks}"), ("diagram", null), ("tabell", null),
                ("merknad", tabell is null ? "Rapporten har ingen befolkningstabell." : $"Ikke tilgjengelig: {tabell.IkkeTilgjengelig}"));
        }
        var beregning = new Tabellberegning(tabell);
        var kolonner = tabell.Kolonner.Where(k => k.Type == "tall").ToList();
        var grupper = Aldersgrupper(tabell).Select(rad => new Diagram.Gruppe(Navn(rad),
            kolonner.Select(k => beregning.Verdi(rad, k.Id) ?? 0m).ToList())).ToList();
        var serier = kolonner.Select((k, i) => new Diagram.Serie(k.Tittel ?? k.Id, Farger[i % Farger.Length])).ToList();
        var beskrivelse = $"Stolpediagram over befolkningen i bydel {r.Bydel} etter alder, per {string.Join(", ", serier.Select(s => s.Navn))}. "
            + string.Join("; ", grupper.Select(g => $"{g.Navn}: {string.Join(", ", g.Verdier.Select(v => Celleformat.Tall(v)))}")) + ".";
        return So.Obj(
            ("navn", r.Bydel),
            ("id", $"bydel-{indeks}"),
            ("diagram", Diagram.Stolper($"befolkning-{indeks}", $"Befolkning etter alder, bydel {r.Bydel}", beskrivelse, serier, grupper, null)),
            ("tabell", Tabeller.Generell(tabell)),
            ("merknad", null));
    }

    /// <summary>The rows that make up sum_bydel, with sub-sums (Sum 0-17 år) opened into their parts.</summary>
    private static List<TabellRad> Aldersgrupper(TabellBlokk t)
    {
        var etterId = t.Rader.Where(r => r.Id is not null).GroupBy(r => r.Id!).ToDictionary(g => g.Key, g => g.First());
        var ut = new List<TabellRad>();
        void Apne(string id, int dybde)
        {
            if (dybde > 10 || !etterId.TryGetValue(id, out var rad))
            {
                return;
            }
            if (rad.SumAv.Count == 0)
            {
                ut.Add(rad);
                return;
            }
            foreach (var del in rad.SumAv)
            {
                Apne(del, dybde + 1);
            }
        }
        Apne(TabellBlokk.SumBydel, 0);
        return ut;
    }

    private static string Navn(TabellRad r) => r.Celler.Values.FirstOrDefault(c => c.Tekst is not null)?.Tekst ?? r.Id ?? "";
}
