namespace Bydelsrapport.Model;

public sealed record Fotnote(string Merke, string? Tekst);

/// <summary>
/// A block of a chapter. The city's standard tables are typed; what a bydel adds is held by the
/// general blocks (<see cref="TekstBlokk"/>, <see cref="TabellBlokk"/>, <see cref="SjekklisteBlokk"/>).
/// </summary>
public abstract record Blokk(Kilde Kilde, string? Nummer, string? Tittel);

/// <summary>A (possibly numbered) section of Markdown narrative that may hold further blocks.</summary>
public sealed record TekstBlokk(Kilde Kilde, string? Nummer, string? Tittel, string? Tekst, IReadOnlyList<Blokk> Blokker)
    : Blokk(Kilde, Nummer, Tittel);

/// <summary>Common to tables: footnotes, and a reason when the source lost the figures.</summary>
public abstract record TabellBase(Kilde Kilde, string? Nummer, string? Tittel, IReadOnlyList<Fotnote> Fotnoter, string? IkkeTilgjengelig)
    : Blokk(Kilde, Nummer, Tittel);

/// <summary>The five money columns of Hovedoversikt økonomi and Tabell 0.1, in 1000 kr.</summary>
public sealed record Okonomitall(Celle? RegnskapForrigeAr, Celle? OpprinneligBudsjett, Celle? RegulertBudsjett, Celle? Regnskap, Celle? Avvik)
{
    public Celle? this[string kolonne] => kolonne switch
    {
        "regnskap_forrige_ar" => RegnskapForrigeAr,
        "opprinnelig_budsjett" => OpprinneligBudsjett,
        "regulert_budsjett" => RegulertBudsjett,
        "regnskap" => Regnskap,
        "avvik" => Avvik,
        _ => throw new ArgumentOutOfRangeException(nameof(kolonne), kolonne, null),
    };
}

public sealed record OkonomiRad(Kilde Kilde, string Kostra, string? Navn, Okonomitall Tall);

public sealed record OkonomiBlokk(Kilde Kilde, string? Nummer, string? Tittel, string? Del, IReadOnlyList<OkonomiRad> Rader,
    Okonomitall? Sum, string? SumNavn, IReadOnlyList<Fotnote> Fotnoter, string? IkkeTilgjengelig)
    : TabellBase(Kilde, Nummer, Tittel, Fotnoter, IkkeTilgjengelig);

public sealed record IndikatorRad(Kilde Kilde, string Indikator, string? Navn, string? Fotnote,
    IReadOnlyDictionary<int, Celle> Resultater, Celle? Maltall, Celle? Avvik, string? IkkeRapportert);

public sealed record IndikatorBlokk(Kilde Kilde, string? Nummer, string? Tittel, IReadOnlyList<IndikatorRad> Rader,
    IReadOnlyList<Fotnote> Fotnoter, string? IkkeTilgjengelig)
    : TabellBase(Kilde, Nummer, Tittel, Fotnoter, IkkeTilgjengelig);

public sealed record NokkeltallRad(Kilde Kilde, string Navn, string? Fotnote, string Enhet,
    IReadOnlyDictionary<int, Celle> Verdier, IReadOnlyList<Celle> UplasserteVerdier)
{
    public string? Id { get; init; }

    /// <summary>Row ids whose ratio this row states: antall in the same table, befolkning in the report's befolkning table.</summary>
    public (string Antall, string Befolkning)? Dekningsgrad { get; init; }
}

public sealed record NokkeltallBlokk(Kilde Kilde, string? Nummer, string? Tittel, IReadOnlyList<int> Ar, IReadOnlyList<NokkeltallRad> Rader,
    IReadOnlyList<Fotnote> Fotnoter, string? IkkeTilgjengelig)
    : TabellBase(Kilde, Nummer, Tittel, Fotnoter, IkkeTilgjengelig);

public sealed record TiltakRapportering(Kilde Kilde, string Tiltak, int? Nummer, string? Tekst, IReadOnlyList<string> Rapportering, string? IkkeRapportert);

/// <summary>A Mål with its Tiltak; <see cref="IkkeRapportert"/> gives the reason when the report leaves out the whole Mål.</summary>
public sealed record MalBlokk(Kilde Kilde, string Mal, string? Tekst, IReadOnlyList<TiltakRapportering> Tiltak, string? IkkeRapportert)
    : Blokk(Kilde, null, null);

public sealed record Kolonne(Kilde Kilde, string Id, string? Tittel, string Type, string? Formel);

public sealed record TabellRad(Kilde Kilde, string? Id, IReadOnlyList<string> SumAv, string? Gruppe, string? Fotnote,
    IReadOnlyDictionary<string, Celle> Celler);

public sealed record Kontroll(Kilde Kilde, string Uttrykk, decimal Lik, string? Beskrivelse);

public sealed record TabellBlokk(Kilde Kilde, string? Nummer, string? Tittel, string? Enhet, IReadOnlyList<Kolonne> Kolonner,
    IReadOnlyList<TabellRad> Rader, IReadOnlyList<Kontroll> Kontroller, IReadOnlyList<Fotnote> Fotnoter, string? IkkeTilgjengelig)
    : TabellBase(Kilde, Nummer, Tittel, Fotnoter, IkkeTilgjengelig)
{
    /// <summary>«befolkning» for the population table, whose row <c>sum_bydel</c> gives the inhabitants.</summary>
    public string? Rolle { get; init; }

    public const string SumBydel = "sum_bydel";

    public const string Totalt = "totalt";
}

public sealed record Sporsmal(Kilde Kilde, string? Id, string? Tekst, string? Gruppe, string? Svar, string? Kommentar, Celle? Antall,
    IReadOnlyList<Sporsmal> Undersporsmal);

public sealed record SjekklisteBlokk(Kilde Kilde, string? Nummer, string? Tittel, IReadOnlyList<string> Svaralternativer,
    string? SporsmalTittel, string? KommentarTittel, IReadOnlyList<Sporsmal> Sporsmal, IReadOnlyList<Fotnote> Fotnoter)
    : Blokk(Kilde, Nummer, Tittel);

public sealed record Tabell01Rad(Kilde Kilde, string Funksjonsomrade, string? Navn, Okonomitall Tall);

public sealed record Tabell01Blokk(Kilde Kilde, string? Nummer, string? Tittel, string Art, IReadOnlyList<Tabell01Rad> Rader,
    Okonomitall? SumDrift, string? SumDriftNavn, Okonomitall? SumTotalt, string? SumTotaltNavn, IReadOnlyList<Fotnote> Fotnoter, string? IkkeTilgjengelig)
    : TabellBase(Kilde, Nummer, Tittel, Fotnoter, IkkeTilgjengelig);

public sealed record Investeringsprosjekt(Kilde Kilde, string Navn, string? Prosjektnummer, string? Artsgruppe, string? Ferdig,
    Celle? Dok3, Celle RegulertBudsjett, Celle Regnskap, Celle? Avvik, string? Kommentar);

public sealed record Investeringskapittel(Kilde Kilde, string Kapittel, IReadOnlyList<Investeringsprosjekt> Prosjekter,
    string? SumNavn, Celle? SumRegulertBudsjett, Celle? SumRegnskap, Celle? SumAvvik);

/// <summary>Investment projects by budget chapter; <see cref="Enhet"/> is «kroner» unless the report prints another unit.</summary>
public sealed record InvesteringBlokk(Kilde Kilde, string? Nummer, string? Tittel, string? Enhet, IReadOnlyList<Investeringskapittel> Kapitler,
    IReadOnlyList<Fotnote> Fotnoter, string? IkkeTilgjengelig)
    : TabellBase(Kilde, Nummer, Tittel, Fotnoter, IkkeTilgjengelig);
