namespace Bydelsrapport.Model;

/// <summary>What the city defines once for every bydel, for one budget year (data/katalog/&lt;år&gt;/).</summary>
public sealed record Katalog(int Ar, IReadOnlyList<KatalogFunksjonsomrade> Funksjonsomrader, IReadOnlyList<Sporsmalsliste> Sporsmalslister)
{
    public KatalogFunksjonsomrade? Fo(string id) => Funksjonsomrader.FirstOrDefault(f => f.Id == id);

    public KatalogSporsmal? Sporsmal(string id) =>
        Sporsmalslister.SelectMany(l => l.Sporsmal).FirstOrDefault(s => s.Id == id);
}

public sealed record KatalogFunksjonsomrade(string Id, string Navn, bool UtenforDrift,
    IReadOnlyList<KostraFunksjon> Kostra, IReadOnlyList<KatalogMal> Mal, IReadOnlyList<Resultatindikator> Indikatorer);

public sealed record KostraFunksjon(string Kode, string Navn, string? Del);

public sealed record KatalogMal(string Id, string Tekst, IReadOnlyList<KatalogTiltak> Tiltak);

public sealed record KatalogTiltak(string Id, int? Nummer, string Tekst);

public enum Retning
{
    HoyereErBedre,
    LavereErBedre,
}

public sealed record Resultatindikator(string Id, string Navn, string Enhet, Retning Retning);

public sealed record Sporsmalsliste(string Id, string? Tittel, IReadOnlyList<KatalogSporsmal> Sporsmal);

public sealed record KatalogSporsmal(string Id, string Tekst);
