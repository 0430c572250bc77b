namespace Bydelsrapport.Load;

/// <summary>
/// The data contract: the shape of every kind of data file, as data/README.md describes it.
/// Each file kind's JSON Schema (cli/schema/*.schema.json) is generated from these declarations.
/// </summary>
public static class Shapes
{
    private static readonly ScalarShape Text = new(ScalarKind.Text);
    private static readonly ScalarShape Number = new(ScalarKind.Number);
    private static readonly ScalarShape Integer = new(ScalarKind.Integer);
    private static readonly ScalarShape Value = new(ScalarKind.Value);
    private static readonly ScalarShape Date = new(ScalarKind.Date);

    private static ScalarShape OneOf(params string[] allowed) => new(ScalarKind.Text, allowed);

    private static Field Req(string name, Shape shape) => new(name, shape, Required: true);

    private static Field Opt(string name, Shape shape) => new(name, shape, Nullable: true);

    private static Field Type(string name) => Req("type", OneOf(name));

    public static readonly IReadOnlyList<string> Enheter = ["antall", "prosent", "kr", "arsverk", "maneder", "skala", "tall"];

    private static readonly ObjectShape Fotnote = new("fotnote",
    [
        Req("merke", Text),
        Opt("tekst", Text),
    ]);

    private static readonly Field Fotnoter = Opt("fotnoter", new ListShape(Fotnote));
    private static readonly Field IkkeTilgjengelig = Opt("ikke_tilgjengelig", Text);

    /// <summary>The five columns of every "Hovedoversikt økonomi" and Tabell 0.1 row.</summary>
    public static readonly IReadOnlyList<string> OkonomiKolonner =
        ["regnskap_forrige_ar", "opprinnelig_budsjett", "regulert_budsjett", "regnskap", "avvik"];

    /// <summary>An input that must be written but may be empty (~) while the report is unfinished.</summary>
    private static Field ReqNullable(string name, Shape shape) => new(name, shape, Required: true, Nullable: true);

    private static IEnumerable<Field> OkonomiFields(bool inputsRequired) =>
        OkonomiKolonner.Select(k => k == "avvik" || !inputsRequired ? Opt(k, Number) : ReqNullable(k, Number));

    private static readonly ObjectShape OkonomiRad = new("okonomi-rad",
    [
        Req("kostra", Text),
        Opt("navn", Text),
        .. OkonomiFields(inputsRequired: true),
    ]);

    private static readonly ObjectShape OkonomiSum = new("okonomi-sum", [Opt("navn", Text), .. OkonomiFields(inputsRequired: false)]);

    private static readonly ObjectShape TekstBlokk = new("blokk-tekst",
    [
        Type("tekst"),
        Opt("nummer", Text),
        Opt("tittel", Text),
        Opt("tekst", Text),
        Opt("blokker", new RefShape("blokker", () => Blokker!)),
    ]);

    private static readonly ObjectShape OkonomiBlokk = new("blokk-okonomi",
    [
        Type("okonomi"),
        Opt("nummer", Text),
        Opt("tittel", Text),
        Opt("del", Text),
        Req("rader", new ListShape(OkonomiRad)),
        Opt("sum", OkonomiSum),
        Fotnoter,
        IkkeTilgjengelig,
    ]);

    private static readonly ObjectShape IndikatorRad = new("indikator-rad",
    [
        Req("indikator", Text),
        Opt("navn", Text),
        Opt("fotnote", Text),
        Opt("resultater", new YearMapShape(Value)),
        Opt("maltall", Value),
        Opt("avvik", Value),
        Opt("ikke_rapportert", Text),
    ]);

    private static readonly ObjectShape IndikatorBlokk = new("blokk-resultatindikatorer",
    [
        Type("resultatindikatorer"),
        Opt("nummer", Text),
        Opt("tittel", Text),
        Req("rader", new ListShape(IndikatorRad)),
        Fotnoter,
        IkkeTilgjengelig,
    ]);

    /// <summary>A coverage rate to check against the population: antall (a row id in the same table) / befolkning (a row id of the befolkning table).</summary>
    private static readonly ObjectShape Dekningsgrad = new("dekningsgrad",
    [
        Req("antall", Text),
        Req("befolkning", Text),
    ]);

    private static readonly ObjectShape NokkeltallRad = new("nokkeltall-rad",
    [
        Opt("id", Text),
        Opt("dekningsgrad", Dekningsgrad),
        Req("navn", Text),
        Opt("fotnote", Text),
        Req("enhet", OneOf([.. Enheter])),
        Opt("verdier", new YearMapShape(Value)),
        Opt("uplasserte_verdier", new ListShape(Value)),
    ]);

    private static readonly ObjectShape NokkeltallBlokk = new("blokk-nokkeltall",
    [
        Type("nokkeltall"),
        Opt("nummer", Text),
        Opt("tittel", Text),
        Req("ar", new ListShape(Integer)),
        Req("rader", new ListShape(NokkeltallRad)),
        Fotnoter,
        IkkeTilgjengelig,
    ]);

    private static readonly ObjectShape TiltakRapport = new("tiltak",
    [
        Req("tiltak", Text),
        Opt("nummer", Integer),
        Opt("tekst", Text),
        Opt("rapportering", new ListShape(Text)),
        Opt("ikke_rapportert", Text),
    ]);

    private static readonly ObjectShape MalBlokk = new("blokk-mal",
    [
        Type("mal"),
        Req("mal", Text),
        Opt("tekst", Text),
        Opt("tiltak", new ListShape(TiltakRapport)),
        Opt("ikke_rapportert", Text),
    ]);

    private static readonly ObjectShape Kolonne = new("kolonne",
    [
        Req("id", Text),
        Opt("tittel", Text),
        Req("type", OneOf("tekst", "tall", "prosent", "kr")),
        Opt("formel", Text),
    ]);

    /// <summary>A table row: fixed keys plus one key per column id (checked against the columns by the validator).</summary>
    private static readonly ObjectShape TabellRad = new("tabell-rad",
    [
        Opt("id", Text),
        Opt("sum_av", new ListShape(Text)),
        Opt("gruppe", Text),
        Opt("fotnote", Text),
    ], Additional: Value);

    private static readonly ObjectShape Kontroll = new("tabell-kontroll",
    [
        Req("uttrykk", Text),
        Req("lik", Number),
        Opt("beskrivelse", Text),
    ]);

    private static readonly ObjectShape TabellBlokk = new("blokk-tabell",
    [
        Type("tabell"),
        Opt("nummer", Text),
        Opt("tittel", Text),
        Opt("enhet", Text),
        // What the table is, where the city's comparisons need to find it: befolkning has a row `sum_bydel`,
        // sykefravaer a row `totalt` with columns resultat_<år> and mal_<år>.
        Opt("rolle", OneOf("befolkning", "sykefravaer")),
        Req("kolonner", new ListShape(Kolonne)),
        Req("rader", new ListShape(TabellRad)),
        Opt("kontroller", new ListShape(Kontroll)),
        Fotnoter,
        IkkeTilgjengelig,
    ]);

    private static readonly ObjectShape Sporsmal = new("sporsmal",
    [
        Opt("sporsmal", Text),
        Opt("tekst", Text),
        Opt("gruppe", Text),
        Opt("svar", Text),
        Opt("kommentar", Text),
        Opt("antall", Number),
        Opt("undersporsmal", new RefShape("sporsmal-liste", () => SporsmalListe!)),
    ]);

    private static readonly ListShape SporsmalListe = new(Sporsmal);

    private static readonly ObjectShape SjekklisteBlokk = new("blokk-sjekkliste",
    [
        Type("sjekkliste"),
        Opt("nummer", Text),
        Opt("tittel", Text),
        Req("svaralternativer", new ListShape(Text)),
        Opt("sporsmal_tittel", Text),
        Opt("kommentar_tittel", Text),
        Req("sporsmal", SporsmalListe),
        Fotnoter,
    ]);

    private static readonly ObjectShape Tabell01Rad = new("tabell-0-1-rad",
    [
        Req("funksjonsomrade", Text),
        Opt("navn", Text),
        .. OkonomiFields(inputsRequired: false),
    ]);

    private static readonly ObjectShape Tabell01Blokk = new("blokk-tabell-0-1",
    [
        Type("tabell_0_1"),
        Req("art", OneOf("brutto", "netto")),
        Opt("nummer", Text),
        Opt("tittel", Text),
        Req("rader", new ListShape(Tabell01Rad)),
        Opt("sum_drift", OkonomiSum),
        Opt("sum_totalt", OkonomiSum),
        Fotnoter,
        IkkeTilgjengelig,
    ]);

    private static readonly ObjectShape Prosjekt = new("investeringsprosjekt",
    [
        Req("navn", Text),
        Opt("prosjektnummer", Text),
        Opt("artsgruppe", Text),
        Opt("ferdig", Text),
        Opt("dok3", Number),
        ReqNullable("regulert_budsjett", Number),
        ReqNullable("regnskap", Number),
        Opt("avvik", Number),
        Opt("kommentar", Text),
    ]);

    private static readonly ObjectShape InvesteringSum = new("investering-sum",
    [
        Opt("navn", Text),
        Opt("regulert_budsjett", Number),
        Opt("regnskap", Number),
        Opt("avvik", Number),
    ]);

    private static readonly ObjectShape InvesteringKapittel = new("investeringskapittel",
    [
        Req("kapittel", Text),
        Req("prosjekter", new ListShape(Prosjekt)),
        Opt("sum", InvesteringSum),
    ]);

    private static readonly ObjectShape InvesteringBlokk = new("blokk-investeringer",
    [
        Type("investeringer"),
        Opt("nummer", Text),
        Opt("tittel", Text),
        Opt("enhet", Text),
        Req("kapitler", new ListShape(InvesteringKapittel)),
        Fotnoter,
        IkkeTilgjengelig,
    ]);

    public static readonly UnionShape Blokk = new("blokk", "type",
        [TekstBlokk, OkonomiBlokk, IndikatorBlokk, NokkeltallBlokk, MalBlokk, TabellBlokk, SjekklisteBlokk, Tabell01Blokk, InvesteringBlokk]);

    private static readonly ListShape Blokker = new(Blokk);

    public static readonly ObjectShape Kapittel = new("kapittel",
    [
        Opt("nummer", Text),
        Req("tittel", Text),
        Opt("funksjonsomrade", Text),
        Req("blokker", Blokker),
    ]) { Description = "Ett kapittel av en bydels årsberetning (data/<bydel>/<år>/<kapittel>.yaml)." };

    public static readonly ObjectShape Rapport = new("rapport",
    [
        Req("bydel", Text),
        Req("ar", Integer),
        Req("status", OneOf("utkast", "vedtatt")),
        Opt("vedtak", new ObjectShape("vedtak", [Req("dato", Date), Req("saksnummer", Text)])),
        Req("kapitler", new ListShape(Text)),
    ]) { Description = "En bydels årsberetning for ett år: status og kapittelrekkefølge (data/<bydel>/<år>/rapport.yaml)." };

    public static readonly ObjectShape KatalogFo = new("katalog-fo",
    [
        Req("funksjonsomrade", Text),
        Req("kostra", new ListShape(new ObjectShape("kostra", [Req("kode", Text), Req("navn", Text), Opt("del", Text)]))),
        Opt("mal", new ListShape(new ObjectShape("katalog-mal",
        [
            Req("id", Text),
            Req("tekst", Text),
            Opt("tiltak", new ListShape(new ObjectShape("katalog-tiltak", [Req("id", Text), Opt("nummer", Integer), Req("tekst", Text)]))),
        ]))),
        Opt("indikatorer", new ListShape(new ObjectShape("katalog-indikator",
        [
            Req("id", Text),
            Req("navn", Text),
            Req("enhet", OneOf([.. Enheter])),
            Req("retning", OneOf("hoyere_er_bedre", "lavere_er_bedre")),
        ]))),
    ]) { Description = "Byens definisjoner for ett funksjonsområde (data/katalog/<år>/<fo>.yaml)." };

    public static readonly ObjectShape Katalog = new("katalog",
    [
        Req("funksjonsomrader", new ListShape(new ObjectShape("katalog-funksjonsomrade",
        [
            Req("id", Text),
            Req("navn", Text),
            Opt("utenfor_drift", new ScalarShape(ScalarKind.Boolean) { Description = "true for FO4, som står utenfor «Sum … drift» i Tabell 0.1." }),
            Opt("deler", new ListShape(Text)),
        ]))),
    ]) { Description = "Funksjonsområdene (data/katalog/<år>/katalog.yaml)." };

    public static readonly ObjectShape SporsmalKatalog = new("sporsmal-katalog",
    [
        Req("lister", new ListShape(new ObjectShape("sporsmalsliste",
        [
            Req("id", Text),
            Opt("tittel", Text),
            Req("sporsmal", new ListShape(new ObjectShape("katalog-sporsmal", [Req("id", Text), Req("tekst", Text)]))),
        ]))),
    ]) { Description = "Pålagte spørsmålslister (data/katalog/<år>/sporsmal.yaml)." };

    public static readonly ObjectShape Baseline = new("baseline",
    [
        Req("godkjent", new ListShape(new ObjectShape("baseline-funn",
        [
            Req("fil", Text),
            Req("sti", Text),
            Req("regel", Text),
            Req("kilde", Text),
            Opt("merknad", Text),
        ]))),
    ]) { Description = "Funn som den publiserte rapporten virkelig inneholder (data/baseline.yaml)." };

    /// <summary>The kind of a data file from its path relative to data/ (see data/README.md).</summary>
    public static ObjectShape KindOf(string relativePath)
    {
        var parts = relativePath.Replace('\\', '/').Split('/');
        return parts switch
        {
            ["baseline.yaml"] or [_, "baseline.yaml"] => Baseline,
            ["katalog", _, "katalog.yaml"] => Katalog,
            ["katalog", _, "sporsmal.yaml"] => SporsmalKatalog,
            ["katalog", _, _] => KatalogFo,
            [_, _, "rapport.yaml"] => Rapport,
            _ => Kapittel,
        };
    }

    /// <summary>Every file kind with its schema file name, in the order the schema folder lists them.</summary>
    public static readonly IReadOnlyList<(string File, ObjectShape Shape)> FileKinds =
    [
        ("kapittel", Kapittel),
        ("rapport", Rapport),
        ("katalog", Katalog),
        ("katalog-fo", KatalogFo),
        ("sporsmal", SporsmalKatalog),
        ("baseline", Baseline),
    ];
}
