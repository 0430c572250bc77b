using System.Globalization;
using Bydelsrapport.Load;
using Bydelsrapport.Write;

namespace Bydelsrapport.Scaffold;

/// <summary>
/// Next year's chapter file from last year's, as a bydel starts its report each January: structure,
/// headings, units and ids kept; last year's regnskap carried into the "previous year" columns and the
/// last two results into the indicator history; this year's figures emptied (~) and texts set to
/// TODO, which validation reports as unfinished. Printed derived figures (avvik, sums) are dropped:
/// the tool computes them.
/// </summary>
public sealed class NesteAr(int ar)
{
    public const string Todo = "TODO";

    private static readonly HashSet<string> Innsatstall = ["opprinnelig_budsjett", "regulert_budsjett", "regnskap"];

    public YamlMapping Kapittel(YamlMapping kapittel) =>
        Y.Map(kapittel.Entries.Select(e => e.Key.Value == "blokker" && e.Value is YamlSequence s
            ? Entry(e.Key, Y.Seq(s.Items.OfType<YamlMapping>().Select(Blokk)))
            : e));

    public static YamlMapping Rapport(YamlMapping rapport, int ar) =>
        Y.Map(rapport.Entries
            .Where(e => e.Key.Value != "vedtak")
            .Select(e => e.Key.Value switch
            {
                "ar" => Entry(e.Key, Y.Int(ar)),
                "status" => Entry(e.Key, Y.Str("utkast")),
                _ => e,
            }));

    private static KeyValuePair<YamlScalar, YamlNode> Entry(YamlScalar key, YamlNode value) => new(key, value);

    private YamlMapping Blokk(YamlMapping b)
    {
        var type = (b["type"] as YamlScalar)?.Value;
        return Y.Map(b.Entries.SelectMany(e => Felt(type, e)));
    }

    private IEnumerable<KeyValuePair<YamlScalar, YamlNode>> Felt(string? type, KeyValuePair<YamlScalar, YamlNode> e)
    {
        var key = e.Key.Value;
        switch (type, key)
        {
            case (_, "blokker") when e.Value is YamlSequence s:
                yield return Entry(e.Key, Y.Seq(s.Items.OfType<YamlMapping>().Select(Blokk)));
                break;
            case ("tekst", "tekst"):
                yield return Entry(e.Key, Y.Str(Todo));
                break;
            case ("okonomi" or "tabell_0_1", "rader") when e.Value is YamlSequence s:
                yield return Entry(e.Key, Y.Seq(s.Items.OfType<YamlMapping>().Select(OkonomiRad)));
                break;
            case ("okonomi" or "tabell_0_1", "sum" or "sum_drift" or "sum_totalt"):
                break; // computed by the tool
            case ("resultatindikatorer", "rader") when e.Value is YamlSequence s:
                yield return Entry(e.Key, Y.Seq(s.Items.OfType<YamlMapping>().Select(IndikatorRad)));
                break;
            case ("nokkeltall", "ar") when e.Value is YamlSequence s:
                yield return Entry(e.Key, Y.Seq(NyeAr(s).Select(Y.Int)));
                break;
            case ("nokkeltall", "rader") when e.Value is YamlSequence s:
                yield return Entry(e.Key, Y.Seq(s.Items.OfType<YamlMapping>().Select(NokkeltallRad)));
                break;
            case ("mal", "tiltak") when e.Value is YamlSequence s:
                yield return Entry(e.Key, Y.Seq(s.Items.OfType<YamlMapping>().Select(Tiltak)));
                break;
            case ("mal", "ikke_rapportert"):
                yield return Entry(e.Key, Y.Str(Todo));
                break;
            case ("tabell", "rader") when e.Value is YamlSequence s:
                yield return Entry(e.Key, Y.Seq(s.Items.OfType<YamlMapping>().Select(TabellRad)));
                break;
            case ("sjekkliste", "sporsmal") when e.Value is YamlSequence s:
                yield return Entry(e.Key, Sporsmal(s));
                break;
            case ("investeringer", "kapitler") when e.Value is YamlSequence s:
                yield return Entry(e.Key, Y.Seq(s.Items.OfType<YamlMapping>().Select(Investeringskapittel)));
                break;
            case (_, "ikke_tilgjengelig" or "fotnoter"):
                break; // last year's reasons and footnotes belong to last year's figures
            default:
                yield return e;
                break;
        }
    }

    private static YamlMapping OkonomiRad(YamlMapping rad) =>
        Y.Map(rad.Entries.Where(e => e.Key.Value != "avvik").Select(e => e.Key.Value switch
        {
            "regnskap_forrige_ar" => Entry(e.Key, rad["regnskap"] ?? Y.Null),
            var k when Innsatstall.Contains(k) => Entry(e.Key, Y.Null),
            _ => e,
        }));

    private YamlMapping IndikatorRad(YamlMapping rad)
    {
        var gamle = rad["resultater"] as YamlMapping;
        YamlNode Resultat(int y) => gamle?[y.ToString(CultureInfo.InvariantCulture)] ?? Y.Null;
        var resultater = Y.Map(
            ((ar - 2).ToString(CultureInfo.InvariantCulture), Resultat(ar - 2)),
            ((ar - 1).ToString(CultureInfo.InvariantCulture), Resultat(ar - 1)),
            (ar.ToString(CultureInfo.InvariantCulture), Y.Str(Todo)));
        return Y.Map(
            ("indikator", rad["indikator"]),
            ("navn", rad["navn"]),
            ("fotnote", rad["fotnote"]),
            ("resultater", resultater),
            ("maltall", Y.Str(Todo)));
    }

    private IEnumerable<int> NyeAr(YamlSequence gamle)
    {
        var ar0 = gamle.Items.OfType<YamlScalar>().Where(s => s.IsInteger).Select(s => int.Parse(s.Value, CultureInfo.InvariantCulture)).ToList();
        var antall = Math.Max(1, ar0.Count);
        return Enumerable.Range(ar - antall + 1, antall);
    }

    private YamlMapping NokkeltallRad(YamlMapping rad)
    {
        var gamle = rad["verdier"] as YamlMapping;
        var ar0 = gamle?.Entries.Count ?? 0;
        var verdier = Enumerable.Range(ar - Math.Max(1, ar0) + 1, Math.Max(1, ar0))
            .Select(y => (y.ToString(CultureInfo.InvariantCulture), (YamlNode?)(y == ar ? Y.Null : gamle?[y.ToString(CultureInfo.InvariantCulture)] ?? Y.Null)))
            .ToArray();
        return Y.Map(("navn", rad["navn"]), ("fotnote", rad["fotnote"]), ("enhet", rad["enhet"]), ("verdier", Y.Map(verdier)));
    }

    private static YamlMapping Tiltak(YamlMapping t) =>
        Y.Map(("tiltak", t["tiltak"]), ("nummer", t["nummer"]), ("tekst", t["tekst"]), ("rapportering", Y.Seq([Y.Str(Todo)])));

    private static YamlMapping TabellRad(YamlMapping rad) =>
        Y.Map(rad.Entries.Select(e => e.Value is YamlScalar { IsNumber: true } && e.Key.Value is not ("id")
            ? Entry(e.Key, Y.Null)
            : e));

    private static YamlSequence Sporsmal(YamlSequence s) =>
        Y.Seq(s.Items.OfType<YamlMapping>().Select(q => Y.Map(q.Entries
            .Where(e => e.Key.Value is not "kommentar")
            .Select(e => e.Key.Value switch
            {
                "svar" or "antall" => Entry(e.Key, Y.Null),
                "undersporsmal" when e.Value is YamlSequence u => Entry(e.Key, Sporsmal(u)),
                _ => e,
            }))));

    private static YamlMapping Investeringskapittel(YamlMapping k) =>
        Y.Map(("kapittel", k["kapittel"]),
            ("prosjekter", Y.Seq((k["prosjekter"] as YamlSequence)?.Items.OfType<YamlMapping>().Select(p => Y.Map(
                ("navn", p["navn"]), ("prosjektnummer", p["prosjektnummer"]), ("artsgruppe", p["artsgruppe"]),
                ("ferdig", p["ferdig"]), ("dok3", Y.Null), ("regulert_budsjett", Y.Null), ("regnskap", Y.Null))) ?? [])));
}
