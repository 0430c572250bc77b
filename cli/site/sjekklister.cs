using System.Globalization;
using Bydelsrapport.Model;
using Bydelsrapport.Render;
using Scriban.Runtime;

namespace Bydelsrapport.Site;

/// <summary>
/// The city's mandatory checklists (internal control, equality, HR and HMS, iodine preparedness) across
/// bydeler: per list a table with the catalogue's questions as rows and each bydel's answer in its own
/// column, found by the catalogue's question ids only, like every other comparison; each list also as CSV,
/// one row per bydel and question, with the count and the comment the bydel wrote.
/// </summary>
internal static class Sjekklister
{
    public const string Side = "sjekklister.html";

    public static string CsvFil(Sporsmalsliste liste) => $"sjekkliste-{liste.Id}.csv";

    private static string Tittel(Sporsmalsliste liste) => liste.Tittel ?? liste.Id;

    /// <summary>One question of a list, with every report's answer to it (null where the report does not have it).</summary>
    public sealed record Rad(KatalogSporsmal Sporsmal, IReadOnlyList<(Rapport Rapport, Sporsmal? Svar)> Svar);

    public sealed record Liste(Sporsmalsliste Katalog, IReadOnlyList<Rad> Rader);

    /// <summary>The lists at least one report answers, each question with every report's answer.</summary>
    public static IReadOnlyList<Liste> Finn(Katalog katalog, IReadOnlyList<Rapport> rapporter) =>
        [.. katalog.Sporsmalslister
            .Select(l => new Liste(l, [.. l.Sporsmal.Select(q => new Rad(q, Sammenligning.Sporsmal(rapporter, q.Id)))]))
            .Where(l => l.Rader.Any(r => r.Svar.Any(s => s.Svar is not null)))];

    /// <summary>What a bydel's cell says: its answer and count, or why there is none.</summary>
    private static string Celle(Sporsmal? svar) => svar switch
    {
        null => "ikke med",
        { Svar: { } s, Antall.Tall: { } a } => $"{s}, antall {Celleformat.Tall(a)}",
        { Svar: { } s } => s,
        { Antall.Tall: { } a } => $"antall {Celleformat.Tall(a)}",
        { Kommentar: { Length: > 0 } } => "se kommentar",
        _ => "uten svar",
    };

    public static ScriptObject Modell(int ar, IReadOnlyList<Rapport> rapporter, IReadOnlyList<Liste> lister, string rot)
    {
        var tabeller = lister.Select(l =>
        {
            var t = new Tabellvisning { Tittel = $"{Tittel(l.Katalog)}: bydelenes svar, {ar.ToString(CultureInfo.InvariantCulture)}" };
            t.Kolonne("Spørsmål", tall: false);
            foreach (var r in rapporter)
            {
                t.Kolonne(r.Bydel, tall: false);
            }
            foreach (var (sporsmal, svar) in l.Rader)
            {
                t.Rad([Tabellvisning.Tekst(sporsmal.Tekst), .. svar.Select(s => Tabellvisning.Tekst(Celle(s.Svar), s.Svar?.Kilde))]);
            }
            t.Merknader.Add("Svaret slik bydelen krysset av i årsberetningen. «ikke med»: spørsmålet står ikke i bydelens rapport; "
                + "«uten svar»: spørsmålet står der, men uten avkrysning. Bydelenes kommentarer står i CSV-filen.");
            return So.Obj(("id", l.Katalog.Id), ("tittel", Tittel(l.Katalog)), ("tabell", t.Til()), ("csv", CsvFil(l.Katalog)));
        });
        return So.Obj(
            ("side", Nettsted.Side($"Byens sjekklister, bydel for bydel, {ar.ToString(CultureInfo.InvariantCulture)}", rot)),
            ("ar", ar),
            ("lister", So.Arr(tabeller)));
    }

    public static string LagCsv(Liste liste) => Csv.Lag(
        ["bydel_id", "bydel", "sporsmal_id", "sporsmal", "svar", "antall", "kommentar", "merknad"],
        liste.Rader.SelectMany(q => q.Svar.Select(s => (IReadOnlyList<string?>)[Sammenligning.BydelId(s.Rapport), s.Rapport.Bydel, q.Sporsmal.Id, q.Sporsmal.Tekst,
            s.Svar?.Svar, Csv.Tall(s.Svar?.Antall?.Tall), s.Svar?.Kommentar, s.Svar is null ? "Ikke med i rapporten" : null])));
}
