using Bydelsrapport.Model;

namespace Bydelsrapport.Load;

/// <summary>Builds the typed blocks of a chapter from its (shape-checked) YAML.</summary>
public static class BlockBuilder
{
    public static IReadOnlyList<Blokk> Blocks(NodeReader parent, string key) =>
        parent.Objects(key).Select(Block).ToList();

    private static Blokk Block(NodeReader n) => n.Text("type") switch
    {
        "tekst" => new TekstBlokk(n.Kilde, n.Text("nummer"), n.Text("tittel"), n.Text("tekst"), Blocks(n, "blokker")),
        "okonomi" => new OkonomiBlokk(n.Kilde, n.Text("nummer"), n.Text("tittel"), n.Text("del"),
            n.Objects("rader").Select(r => new OkonomiRad(r.Kilde, r.RequiredText("kostra"), r.Text("navn"), Okonomi(r))).ToList(),
            n.Child("sum") is { } s ? Okonomi(s) : null, n.Child("sum")?.Text("navn"), Fotnoter(n), n.Text("ikke_tilgjengelig")),
        "resultatindikatorer" => new IndikatorBlokk(n.Kilde, n.Text("nummer"), n.Text("tittel"),
            n.Objects("rader").Select(r => new IndikatorRad(r.Kilde, r.RequiredText("indikator"), r.Text("navn"), r.Text("fotnote"),
                r.YearCells("resultater"), r.Cell("maltall"), r.Cell("avvik"), r.Text("ikke_rapportert"))).ToList(),
            Fotnoter(n), n.Text("ikke_tilgjengelig")),
        "nokkeltall" => new NokkeltallBlokk(n.Kilde, n.Text("nummer"), n.Text("tittel"), n.Ints("ar"),
            n.Objects("rader").Select(r => new NokkeltallRad(r.Kilde, r.RequiredText("navn"), r.Text("fotnote"), r.RequiredText("enhet"),
                r.YearCells("verdier"), r.Cells("uplasserte_verdier"))
            {
                Id = r.Text("id"),
                Dekningsgrad = r.Child("dekningsgrad") is { } d ? (d.RequiredText("antall"), d.RequiredText("befolkning")) : null,
            }).ToList(),
            Fotnoter(n), n.Text("ikke_tilgjengelig")),
        "mal" => new MalBlokk(n.Kilde, n.RequiredText("mal"), n.Text("tekst"),
            n.Objects("tiltak").Select(t => new TiltakRapportering(t.Kilde, t.RequiredText("tiltak"), t.Int("nummer"), t.Text("tekst"),
                t.Texts("rapportering"), t.Text("ikke_rapportert"))).ToList(), n.Text("ikke_rapportert")),
        "tabell" => Tabell(n),
        "sjekkliste" => new SjekklisteBlokk(n.Kilde, n.Text("nummer"), n.Text("tittel"), n.Texts("svaralternativer"),
            n.Text("sporsmal_tittel"), n.Text("kommentar_tittel"), Sporsmal(n, "sporsmal"), Fotnoter(n)),
        "tabell_0_1" => new Tabell01Blokk(n.Kilde, n.Text("nummer"), n.Text("tittel"), n.RequiredText("art"),
            n.Objects("rader").Select(r => new Tabell01Rad(r.Kilde, r.RequiredText("funksjonsomrade"), r.Text("navn"), Okonomi(r))).ToList(),
            n.Child("sum_drift") is { } d ? Okonomi(d) : null, n.Child("sum_drift")?.Text("navn"),
            n.Child("sum_totalt") is { } t ? Okonomi(t) : null, n.Child("sum_totalt")?.Text("navn"), Fotnoter(n), n.Text("ikke_tilgjengelig")),
        "investeringer" => new InvesteringBlokk(n.Kilde, n.Text("nummer"), n.Text("tittel"), n.Text("enhet"),
            n.Objects("kapitler").Select(Investeringskapittel).ToList(), Fotnoter(n), n.Text("ikke_tilgjengelig")),
        var other => throw new InvalidOperationException($"Blokktypen {other} har ingen bygger; skjemaet skulle ha stoppet den."),
    };

    private static Okonomitall Okonomi(NodeReader r) =>
        new(r.Cell("regnskap_forrige_ar"), r.Cell("opprinnelig_budsjett"), r.Cell("regulert_budsjett"), r.Cell("regnskap"), r.Cell("avvik"));

    private static IReadOnlyList<Fotnote> Fotnoter(NodeReader n) =>
        n.Objects("fotnoter").Select(f => new Fotnote(f.RequiredText("merke"), f.Text("tekst"))).ToList();

    private static readonly HashSet<string> FasteRadnokler = ["id", "sum_av", "gruppe", "fotnote"];

    private static TabellBlokk Tabell(NodeReader n)
    {
        var rader = n.Objects("rader").Select(r =>
        {
            var celler = new Dictionary<string, Celle>(StringComparer.Ordinal);
            foreach (var (key, value) in r.Map.Entries)
            {
                if (!FasteRadnokler.Contains(key.Value))
                {
                    celler[key.Value] = r.CellOf(value, $"{r.Sti}.{key.Value}");
                }
            }
            return new TabellRad(r.Kilde, r.Text("id"), r.Texts("sum_av"), r.Text("gruppe"), r.Text("fotnote"), celler);
        }).ToList();
        return new TabellBlokk(n.Kilde, n.Text("nummer"), n.Text("tittel"), n.Text("enhet"),
            n.Objects("kolonner").Select(k => new Kolonne(k.Kilde, k.RequiredText("id"), k.Text("tittel"), k.RequiredText("type"), k.Text("formel"))).ToList(),
            rader,
            n.Objects("kontroller").Select(k => new Kontroll(k.Kilde, k.RequiredText("uttrykk"), k.Cell("lik")?.Tall ?? 0, k.Text("beskrivelse"))).ToList(),
            Fotnoter(n), n.Text("ikke_tilgjengelig")) { Rolle = n.Text("rolle") };
    }

    private static IReadOnlyList<Sporsmal> Sporsmal(NodeReader n, string key) =>
        n.Objects(key).Select(s => new Sporsmal(s.Kilde, s.Text("sporsmal"), s.Text("tekst"), s.Text("gruppe"), s.Text("svar"),
            s.Text("kommentar"), s.Cell("antall"), Sporsmal(s, "undersporsmal"))).ToList();

    private static Investeringskapittel Investeringskapittel(NodeReader k)
    {
        var sum = k.Child("sum");
        return new Investeringskapittel(k.Kilde, k.RequiredText("kapittel"),
            k.Objects("prosjekter").Select(p => new Investeringsprosjekt(p.Kilde, p.RequiredText("navn"), p.Text("prosjektnummer"),
                p.Text("artsgruppe"), p.Text("ferdig"), p.Cell("dok3"), p.Cell("regulert_budsjett")!, p.Cell("regnskap")!,
                p.Cell("avvik"), p.Text("kommentar"))).ToList(),
            sum?.Text("navn"), sum?.Cell("regulert_budsjett"), sum?.Cell("regnskap"), sum?.Cell("avvik"));
    }
}
