using Bydelsrapport.Compute;
using Bydelsrapport.Load;
using Bydelsrapport.Model;

namespace Bydelsrapport.Diff;

/// <summary>
/// One figure of a report with an identity that survives edits around it: the table by its kind and
/// caption (or KOSTRA part, Tabell 0.1 art, budget chapter), the row by its KOSTRA code, indicator id,
/// FO id or label, the column by its key. Two revisions are compared figure by figure on these keys.
/// </summary>
public sealed record Figur(string Rapport, string Kapittel, string Tabell, string Rad, string RadNavn, string Kolonne, string KolonneNavn,
    decimal? Tall, string? Tekst, string Enhet)
{
    public string RadNokkel => $"{Rapport}|{Kapittel}|{Tabell}|{Rad}";

    public string Nokkel => $"{RadNokkel}|{Kolonne}";
}

public static class Figurer
{
    public static IEnumerable<Figur> Fra(Dataset data)
    {
        foreach (var rapport in data.Rapporter)
        {
            var katalog = data.Kataloger.GetValueOrDefault(rapport.Ar);
            foreach (var kapittel in rapport.Kapitler.Values)
            {
                var fo = kapittel.Funksjonsomrade is { } id ? katalog?.Fo(id) : null;
                var indeks = 0;
                foreach (var blokk in kapittel.AlleBlokker())
                {
                    indeks++;
                    foreach (var f in Blokk(rapport, kapittel.Id, blokk, fo, katalog, indeks))
                    {
                        yield return f;
                    }
                }
            }
        }
    }

    private static readonly string[] OkonomiNavn = ["Regnskap forrige år", "Opprinnelig budsjett", "Regulert budsjett", "Regnskap", "Avvik"];

    private static IEnumerable<Figur> Blokk(Rapport r, string kap, Blokk blokk, KatalogFunksjonsomrade? fo, Katalog? katalog, int indeks)
    {
        var rapport = r.Mappe;
        switch (blokk)
        {
            case OkonomiBlokk o:
            {
                var tabell = $"Hovedoversikt økonomi{(o.Del is null ? "" : " " + o.Del.ToUpperInvariant())}";
                foreach (var rad in o.Rader)
                {
                    var navn = $"{rad.Kostra} {rad.Navn ?? fo?.Kostra.FirstOrDefault(k => k.Kode == rad.Kostra)?.Navn}".Trim();
                    foreach (var f in Okonomi(rapport, kap, tabell, rad.Kostra, navn, rad.Tall, k => Beregning.Verdi(rad.Tall, k)))
                    {
                        yield return f;
                    }
                }
                var rader = o.Rader.Select(x => x.Tall).ToList();
                foreach (var f in Okonomi(rapport, kap, tabell, "sum", "Sum netto utgifter", null, k => Beregning.Sum(rader, k)))
                {
                    yield return f;
                }
                break;
            }
            case Tabell01Blokk t:
            {
                var tabell = t.Art == "brutto" ? "Tabell 0.1 Brutto driftsutgifter" : "Tabell 0.1 B Netto driftsutgifter";
                foreach (var rad in t.Rader)
                {
                    var navn = katalog?.Fo(rad.Funksjonsomrade)?.Navn is { } n ? $"{rad.Funksjonsomrade.ToUpperInvariant()} {n}" : rad.Funksjonsomrade;
                    foreach (var f in Okonomi(rapport, kap, tabell, rad.Funksjonsomrade, navn, rad.Tall, k => Beregning.Verdi(rad.Tall, k)))
                    {
                        yield return f;
                    }
                }
                break;
            }
            case IndikatorBlokk i:
                foreach (var rad in i.Rader.Where(x => x.IkkeRapportert is null))
                {
                    var navn = rad.Navn ?? fo?.Indikatorer.FirstOrDefault(x => x.Id == rad.Indikator)?.Navn ?? rad.Indikator;
                    var enhet = fo?.Indikatorer.FirstOrDefault(x => x.Id == rad.Indikator)?.Enhet ?? "";
                    foreach (var (ar, c) in rad.Resultater)
                    {
                        yield return Fra(rapport, kap, "Resultatindikatorer", rad.Indikator, navn, $"resultat-{ar}", $"Resultat {ar}", c, enhet);
                    }
                    yield return Fra(rapport, kap, "Resultatindikatorer", rad.Indikator, navn, "maltall", $"Måltall {r.Ar}", rad.Maltall, enhet);
                }
                break;
            case NokkeltallBlokk n:
                foreach (var rad in n.Rader)
                {
                    foreach (var (ar, c) in rad.Verdier)
                    {
                        yield return Fra(rapport, kap, n.Tittel ?? "Nøkkeltall", rad.Navn, rad.Navn, $"{ar}", $"Resultat {ar}", c, rad.Enhet);
                    }
                }
                break;
            case TabellBlokk t:
            {
                var tabell = t.Tittel ?? $"Tabell {indeks}";
                foreach (var rad in t.Rader.Where(x => x.Gruppe is null))
                {
                    var navn = rad.Celler.Values.FirstOrDefault(c => c.Tekst is not null)?.Tekst ?? rad.Id ?? "";
                    foreach (var k in t.Kolonner.Where(k => k.Type != "tekst"))
                    {
                        yield return Fra(rapport, kap, tabell, rad.Id ?? navn, navn, k.Id, k.Tittel ?? k.Id, rad.Celler.GetValueOrDefault(k.Id), k.Type);
                    }
                }
                break;
            }
            case InvesteringBlokk inv:
                foreach (var k in inv.Kapitler)
                {
                    foreach (var p in k.Prosjekter)
                    {
                        var rad = p.Prosjektnummer ?? p.Navn;
                        yield return Fra(rapport, kap, $"Investeringer {k.Kapittel}", rad, p.Navn, "regulert_budsjett", "Regulert budsjett", p.RegulertBudsjett, "kr");
                        yield return Fra(rapport, kap, $"Investeringer {k.Kapittel}", rad, p.Navn, "regnskap", "Regnskap", p.Regnskap, "kr");
                    }
                }
                break;
        }
    }

    private static IEnumerable<Figur> Okonomi(string rapport, string kap, string tabell, string rad, string navn, Okonomitall? tall, Func<string, decimal?> verdi) =>
        Shapes.OkonomiKolonner.Select((k, i) => new Figur(rapport, kap, tabell, rad, navn, k, OkonomiNavn[i], verdi(k), null, "1000 kr"));

    private static Figur Fra(string rapport, string kap, string tabell, string rad, string navn, string kolonne, string kolonneNavn, Celle? c, string enhet) =>
        new(rapport, kap, tabell, rad, navn, kolonne, kolonneNavn, c?.Tall, c?.Tall is null ? c?.Tekst : null, enhet);

    /// <summary>Every Tiltak's rapportering, by report and Tiltak id.</summary>
    public static Dictionary<string, (string Rapport, string Kapittel, string Tiltak, string Tekst)> Rapporteringer(Dataset data)
    {
        var result = new Dictionary<string, (string, string, string, string)>(StringComparer.Ordinal);
        foreach (var r in data.Rapporter)
        {
            foreach (var k in r.Kapitler.Values)
            {
                foreach (var m in k.AlleBlokker().OfType<MalBlokk>())
                {
                    foreach (var t in m.Tiltak)
                    {
                        result[$"{r.Mappe}|{m.Mal}|{t.Tiltak}"] = (r.Mappe, k.Id, t.Tiltak, string.Join("\n\n", t.Rapportering));
                    }
                }
            }
        }
        return result;
    }
}
