namespace Bydelsrapport.Model;

/// <summary>A bydel's årsberetning for one year, as loaded from data/&lt;bydel&gt;/&lt;år&gt;/.</summary>
public sealed record Rapport(
    string Mappe,
    Kilde Kilde,
    string Bydel,
    int Ar,
    RapportStatus Status,
    IReadOnlyList<string> KapittelIder,
    IReadOnlyDictionary<string, Kapittel> Kapitler)
{
    public IEnumerable<Kapittel> Funksjonsomrader => Kapitler.Values.Where(k => k.Funksjonsomrade is not null);
}

/// <summary><c>utkast</c>, or <c>vedtatt</c> with the bydelsutvalg's decision date and case number.</summary>
public sealed record RapportStatus(string Status, DateOnly? VedtattDato, string? Saksnummer);

/// <summary>One chapter file: a heading and an ordered list of blocks.</summary>
public sealed record Kapittel(string Id, Kilde Kilde, string? Nummer, string Tittel, string? Funksjonsomrade, IReadOnlyList<Blokk> Blokker)
{
    /// <summary>Where <c>funksjonsomrade:</c> is written, for findings about the FO as a whole.</summary>
    public Kilde? FunksjonsomradeKilde { get; init; }

    /// <summary>Every block, depth first, including those nested in text sections.</summary>
    public IEnumerable<Blokk> AlleBlokker() => Blokker.SelectMany(Flat);

    private static IEnumerable<Blokk> Flat(Blokk b) =>
        b is TekstBlokk t ? [t, .. t.Blokker.SelectMany(Flat)] : [b];
}
