using Bydelsrapport.Compute;
using Bydelsrapport.Model;
using Scriban.Runtime;

namespace Bydelsrapport.Render;

/// <summary>
/// Every table of the report in one shape for the templates: caption, unit, columns, rows of
/// formatted cells, footnotes, and the corrections where a printed figure differed from the computed
/// one. A derived cell shows the computed figure; the published one is kept in a note.
/// </summary>
internal sealed class Tabellvisning
{
    private readonly List<ScriptObject> _kolonner = [];
    private readonly List<ScriptObject> _rader = [];
    private readonly List<string> _rettelser = [];

    public string? Tittel { get; init; }

    public string? Enhet { get; init; }

    public string? IkkeTilgjengelig { get; init; }

    public IReadOnlyList<Fotnote> Fotnoter { get; init; } = [];

    public List<string> Merknader { get; } = [];

    public Tabellvisning Kolonne(string tittel, bool tall = true)
    {
        _kolonner.Add(So.Obj(("tittel", tittel), ("tall", tall)));
        return this;
    }

    public string Kolonnetittel(int indeks) => _kolonner[indeks]["tittel"] as string ?? "";

    public void Rad(IEnumerable<ScriptObject> celler, string type = "data") =>
        _rader.Add(So.Obj(("type", type), ("celler", So.Arr(celler))));

    public void Gruppe(string tekst) =>
        _rader.Add(So.Obj(("type", "gruppe"), ("celler", So.Arr([Tekst(tekst)]))));

    public static ScriptObject Tekst(string? tekst, Kilde? kilde = null) =>
        So.Obj(("tekst", tekst ?? ""), ("tall", false), ("rettet", null), ("publisert", null), ("kilde", Kildeattributt(kilde)));

    public ScriptObject Inndata(Celle? celle, string? enhet)
    {
        var tekst = IkkeTilgjengelig is not null && (celle is null || celle.ErTom) ? "ikke tilgjengelig" : Celleformat.Celle(celle, enhet);
        return So.Obj(("tekst", tekst), ("tall", celle?.Tall is not null || celle?.Sammenligning is not null), ("rettet", null), ("publisert", null), ("kilde", Kildeattributt(celle?.Kilde)));
    }

    /// <summary>A figure computed here, with no printed counterpart (a comparison across bydeler); empty when it cannot be computed.</summary>
    public static ScriptObject Beregnet(decimal? verdi, string? enhet, string tom = "") =>
        So.Obj(("tekst", verdi is { } v ? Celleformat.Tall(v, enhet) : tom), ("tall", verdi is not null), ("rettet", null), ("publisert", null), ("kilde", null));

    /// <summary>
    /// A derived figure: the printed one when it agrees with the computed one at its printed
    /// precision, else the computed one, marked, with the published figure in a correction note.
    /// </summary>
    public ScriptObject Avledet(Celle? trykt, decimal? beregnet, string? enhet, string hva)
    {
        if (trykt?.Tall is not { } t || beregnet is not { } b)
        {
            return trykt?.Tall is not null || beregnet is null
                ? Inndata(trykt, enhet)
                : So.Obj(("tekst", Celleformat.Tall(beregnet.Value, enhet)), ("tall", true), ("rettet", null), ("publisert", null), ("kilde", Kildeattributt(trykt?.Kilde)));
        }
        var s = Avrunding.Sammenlign(t, b);
        if (s.Lik)
        {
            return Inndata(trykt, enhet);
        }
        var merke = $"R{_rettelser.Count + 1}";
        _rettelser.Add($"{merke}: {hva}: publisert {Celleformat.Tall(t, enhet)}, beregnet {Celleformat.Tall(s.Avrundet, enhet)}.");
        // The published figure stays beside the corrected one, so a reader comparing with the PDF finds it.
        return So.Obj(("tekst", Celleformat.Tall(s.Avrundet, enhet)), ("tall", true), ("rettet", merke), ("publisert", Celleformat.Tall(t, enhet)), ("kilde", Kildeattributt(trykt.Kilde)));
    }

    private static string? Kildeattributt(Kilde? k) => k is null ? null : $"{k.Fil}#{k.Sti}";

    public ScriptObject Til() => So.Obj(
        ("tittel", Tittel),
        // An accessible table always has a caption: the title, else the first column's heading.
        ("bildetekst", Tittel ?? _kolonner.Select(k => k["tittel"] as string).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) ?? "Tabell"),
        ("enhet", Enhet),
        ("ikke_tilgjengelig", IkkeTilgjengelig),
        ("kolonner", So.Arr(_kolonner)),
        ("rader", So.Arr(_rader)),
        ("fotnoter", So.Arr(Fotnoter.Select(f => So.Obj(("merke", f.Merke), ("tekst", f.Tekst ?? "(fotnoteteksten mangler i den publiserte rapporten)"))))),
        ("rettelser", So.Arr(_rettelser)),
        ("merknader", So.Arr(Merknader)));
}
