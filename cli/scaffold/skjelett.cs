using System.Globalization;
using Bydelsrapport.Load;
using Bydelsrapport.Model;
using Bydelsrapport.Write;

namespace Bydelsrapport.Scaffold;

/// <summary>
/// A valid skeleton for a bydel that has no data yet, from the year's catalogue: every chapter the
/// city prescribes, every FO with its KOSTRA functions, indicators, Mål and Tiltak, every required key
/// present, figures empty (~) and texts TODO, which validation reports as unfinished.
/// </summary>
public static class Skjelett
{
    public static readonly IReadOnlyList<(string Id, string Nummer, string Tittel)> Kapitler =
    [
        ("beretning", "1", "Bydelsdirektørens beretning"),
        ("innledning", "2", "Innledning"),
        ("situasjon", "3", "Situasjonsbeskrivelse og utfordringer i sektoren"),
        ("tabell-0-1", "3", "Måloppnåelse og resultater"),
        ("investeringer", "3.1.2", "Bydelens investeringer"),
        ("styring-og-kontroll", "3.8", "Styring og kontroll"),
        ("sarskilt-rapportering", "4", "Særskilt rapportering"),
        ("miljo-og-klima", "5", "Miljø- og klimarapportering"),
        ("verbalvedtak", "6", "Oppfølging av verbalvedtak og flertallsmerknader"),
    ];

    /// <summary>The files of the skeleton: name (without .yaml) and content root.</summary>
    public static IReadOnlyList<(string Fil, YamlMapping Innhold)> Lag(string bydel, int ar, Katalog katalog)
    {
        var todo = Y.Str(NesteAr.Todo);
        var filer = new List<(string, YamlMapping)>();
        var foIder = katalog.Funksjonsomrader.Select(f => f.Id).ToList();
        var rekkefolge = Kapitler.Take(5).Select(k => k.Id).Concat(foIder).Concat(Kapitler.Skip(5).Select(k => k.Id)).ToList();
        filer.Add(("rapport", Y.Map(
            ("bydel", Y.Str(bydel)),
            ("ar", Y.Int(ar)),
            ("status", Y.Str("utkast")),
            ("kapitler", Y.Seq(rekkefolge.Select(Y.Str))))));

        foreach (var (id, nummer, tittel) in Kapitler)
        {
            var blokker = new List<YamlNode>();
            switch (id)
            {
                case "tabell-0-1":
                    blokker.Add(Tabell01(katalog, "brutto"));
                    blokker.Add(Tabell01(katalog, "netto"));
                    break;
                case "investeringer":
                    blokker.Add(Y.Map(("type", Y.Str("investeringer")), ("kapitler", Y.Seq([
                        Y.Map(("kapittel", todo), ("prosjekter", Y.Seq([]))),
                    ]))));
                    break;
                default:
                    blokker.Add(Y.Map(("type", Y.Str("tekst")), ("tekst", todo)));
                    break;
            }
            if (id == "styring-og-kontroll" && katalog.Sporsmalslister.FirstOrDefault(l => l.Id == "intern-kontroll") is { } ik)
            {
                blokker.Add(Sjekkliste(ik, ["Ja", "Delvis", "Nei"]));
            }
            filer.Add((id, Y.Map(("nummer", Y.Str(nummer)), ("tittel", Y.Str(tittel)), ("blokker", Y.Seq(blokker)))));
        }

        foreach (var fo in katalog.Funksjonsomrader)
        {
            var blokker = new List<YamlNode>
            {
                Y.Map(("type", Y.Str("tekst")), ("tittel", Y.Str("Ansvarsområde")), ("tekst", todo)),
                Y.Map(("type", Y.Str("tekst")), ("tittel", Y.Str("Situasjonsbeskrivelse")), ("tekst", todo)),
            };
            var deler = fo.Kostra.Select(k => k.Del).Distinct().ToList();
            foreach (var del in deler)
            {
                blokker.Add(Y.Map(
                    ("type", Y.Str("okonomi")),
                    ("tittel", Y.Str($"Hovedoversikt økonomi {(del ?? fo.Id).ToUpperInvariant()} - netto driftsutgifter")),
                    ("del", del is null ? null : Y.Str(del)),
                    ("rader", Y.Seq(fo.Kostra.Where(k => k.Del == del).Select(k => Y.Map(
                        ("kostra", Y.Str(k.Kode)),
                        ("regnskap_forrige_ar", Y.Null), ("opprinnelig_budsjett", Y.Null), ("regulert_budsjett", Y.Null), ("regnskap", Y.Null)))))));
            }
            if (fo.Indikatorer.Count > 0)
            {
                blokker.Add(Y.Map(("type", Y.Str("resultatindikatorer")), ("rader", Y.Seq(fo.Indikatorer.Select(i => Y.Map(
                    ("indikator", Y.Str(i.Id)),
                    ("resultater", Y.Map(
                        ((ar - 2).ToString(CultureInfo.InvariantCulture), Y.Null),
                        ((ar - 1).ToString(CultureInfo.InvariantCulture), Y.Null),
                        (ar.ToString(CultureInfo.InvariantCulture), todo))),
                    ("maltall", todo)))))));
            }
            foreach (var mal in fo.Mal)
            {
                blokker.Add(Y.Map(("type", Y.Str("mal")), ("mal", Y.Str(mal.Id)), ("tiltak", Y.Seq(mal.Tiltak.Select(t => Y.Map(
                    ("tiltak", Y.Str(t.Id)), ("rapportering", Y.Seq([todo]))))))));
            }
            filer.Add((fo.Id, Y.Map(("tittel", Y.Str($"Funksjonsområde {fo.Id[2..].ToUpperInvariant()}: {fo.Navn}")), ("funksjonsomrade", Y.Str(fo.Id)), ("blokker", Y.Seq(blokker)))));
        }
        return filer;
    }

    private static YamlMapping Tabell01(Katalog katalog, string art) => Y.Map(
        ("type", Y.Str("tabell_0_1")),
        ("art", Y.Str(art)),
        ("rader", Y.Seq(katalog.Funksjonsomrader.Select(f => Y.Map(
            ("funksjonsomrade", Y.Str(f.Id)),
            ("regnskap_forrige_ar", Y.Null), ("opprinnelig_budsjett", Y.Null), ("regulert_budsjett", Y.Null), ("regnskap", Y.Null))))));

    private static YamlMapping Sjekkliste(Sporsmalsliste liste, string[] svar) => Y.Map(
        ("type", Y.Str("sjekkliste")),
        ("tittel", liste.Tittel is null ? null : Y.Str(liste.Tittel)),
        ("svaralternativer", Y.Seq(svar.Select(Y.Str))),
        ("sporsmal", Y.Seq(liste.Sporsmal.Select(q => Y.Map(("sporsmal", Y.Str(q.Id)), ("svar", Y.Null))))));
}
