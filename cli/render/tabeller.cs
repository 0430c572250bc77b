using System.Globalization;
using Bydelsrapport.Compute;
using Bydelsrapport.Load;
using Bydelsrapport.Model;
using Scriban.Runtime;

namespace Bydelsrapport.Render;

/// <summary>Each table block as a <see cref="Tabellvisning"/>: its columns as the report prints them, derived cells computed.</summary>
internal static class Tabeller
{
    private static string Ar(int ar) => ar.ToString(CultureInfo.InvariantCulture);

    private static void OkonomiKolonner(Tabellvisning t, string forste, int ar) => t
        .Kolonne(forste, tall: false)
        .Kolonne($"Regnskap {Ar(ar - 1)}")
        .Kolonne($"Oppr. budsjett {Ar(ar)}")
        .Kolonne($"Regulert budsjett {Ar(ar)}")
        .Kolonne($"Regnskap {Ar(ar)}")
        .Kolonne($"Avvik reg.bud/regnskap {Ar(ar)}");

    private static IEnumerable<ScriptObject> OkonomiCeller(Tabellvisning t, string navn, Kilde kilde, Okonomitall tall, Func<string, decimal?>? beregnet)
    {
        yield return Tabellvisning.Tekst(navn, kilde);
        foreach (var (k, i) in Shapes.OkonomiKolonner.Select((k, i) => (k, i)))
        {
            var kolonnenavn = t.Kolonnetittel(i + 1);
            yield return k == "avvik" || beregnet is not null
                ? t.Avledet(tall[k], beregnet?.Invoke(k) ?? Beregning.Avvik(tall), null, $"{navn}, {kolonnenavn}")
                : t.Inndata(tall[k], null);
        }
    }

    public static ScriptObject Okonomi(OkonomiBlokk o, KatalogFunksjonsomrade? fo, int ar)
    {
        var t = new Tabellvisning { Tittel = o.Tittel ?? "Hovedoversikt økonomi – netto driftsutgifter", Enhet = "Tall i 1000 kr", IkkeTilgjengelig = o.IkkeTilgjengelig, Fotnoter = o.Fotnoter };
        OkonomiKolonner(t, "Netto driftsutgifter pr. KOSTRA-funksjon", ar);
        foreach (var r in o.Rader)
        {
            var navn = r.Navn ?? fo?.Kostra.FirstOrDefault(k => k.Kode == r.Kostra)?.Navn;
            t.Rad(OkonomiCeller(t, navn is null ? r.Kostra : $"{r.Kostra} {navn}", r.Kilde, r.Tall, null).ToList());
        }
        var rader = o.Rader.Select(r => r.Tall).ToList();
        var sum = o.Sum ?? new Okonomitall(null, null, null, null, null);
        if (rader.Count > 0 || o.Sum is not null)
        {
            t.Rad(OkonomiCeller(t, o.SumNavn ?? "Sum netto utgifter", o.Kilde, sum, k => Beregning.Sum(rader, k)).ToList(), "sum");
        }
        return t.Til();
    }

    public static ScriptObject Indikatorer(IndikatorBlokk b, KatalogFunksjonsomrade? fo, int ar)
    {
        var t = new Tabellvisning { Tittel = b.Tittel ?? "Resultatindikatorer", IkkeTilgjengelig = b.IkkeTilgjengelig, Fotnoter = b.Fotnoter };
        t.Kolonne("Resultatindikator", tall: false).Kolonne($"Resultat {Ar(ar - 2)}").Kolonne($"Resultat {Ar(ar - 1)}")
            .Kolonne($"Måltall {Ar(ar)}").Kolonne($"Resultat {Ar(ar)}").Kolonne($"Avvik {Ar(ar)}");
        foreach (var r in b.Rader)
        {
            var kat = fo?.Indikatorer.FirstOrDefault(i => i.Id == r.Indikator);
            var navn = (r.Navn ?? kat?.Navn ?? r.Indikator) + (r.Fotnote is null ? "" : " " + r.Fotnote);
            if (r.IkkeRapportert is not null)
            {
                t.Rad([Tabellvisning.Tekst(navn, r.Kilde), Tabellvisning.Tekst($"Ikke rapportert: {r.IkkeRapportert}"), Tabellvisning.Tekst(""),
                    Tabellvisning.Tekst(""), Tabellvisning.Tekst(""), Tabellvisning.Tekst("")]);
                continue;
            }
            var enhet = kat?.Enhet;
            t.Rad([
                Tabellvisning.Tekst(navn, r.Kilde),
                t.Inndata(r.Resultater.GetValueOrDefault(ar - 2), enhet),
                t.Inndata(r.Resultater.GetValueOrDefault(ar - 1), enhet),
                t.Inndata(r.Maltall, enhet),
                t.Inndata(r.Resultater.GetValueOrDefault(ar), enhet),
                t.Avledet(r.Avvik, Beregning.IndikatorAvvik(r, ar), null, $"«{navn}», avvik"),
            ]);
        }
        if (b.Rader.Any(r => r.IkkeRapportert is null))
        {
            t.Merknader.Add($"Avvik = resultat {Ar(ar)} − måltall {Ar(ar)}" + (fo?.Indikatorer.Any(i => i.Enhet == "prosent") == true ? ", i prosentpoeng for andeler." : "."));
        }
        return t.Til();
    }

    public static ScriptObject Nokkeltall(NokkeltallBlokk n)
    {
        var t = new Tabellvisning { Tittel = n.Tittel ?? "Nøkkeltall", IkkeTilgjengelig = n.IkkeTilgjengelig, Fotnoter = n.Fotnoter };
        t.Kolonne("Nøkkeltall", tall: false);
        foreach (var ar in n.Ar)
        {
            t.Kolonne($"Resultat {Ar(ar)}");
        }
        foreach (var r in n.Rader)
        {
            var navn = r.Navn + (r.Fotnote is null ? "" : " " + r.Fotnote);
            if (r.UplasserteVerdier.Count > 0)
            {
                t.Rad([Tabellvisning.Tekst(navn, r.Kilde), .. n.Ar.Select(_ => Tabellvisning.Tekst("ikke tilgjengelig"))]);
                t.Merknader.Add($"«{r.Navn}»: kilden har tallene {string.Join(", ", r.UplasserteVerdier.Select(c => Celleformat.Celle(c, r.Enhet)))} for {n.Ar.Count} år uten å vise hvilke år de hører til.");
                continue;
            }
            t.Rad([Tabellvisning.Tekst(navn, r.Kilde), .. n.Ar.Select(ar => t.Inndata(r.Verdier.GetValueOrDefault(ar), r.Enhet))]);
        }
        return t.Til();
    }

    public static ScriptObject Generell(TabellBlokk b)
    {
        var t = new Tabellvisning { Tittel = b.Tittel, Enhet = b.Enhet, IkkeTilgjengelig = b.IkkeTilgjengelig, Fotnoter = b.Fotnoter };
        foreach (var k in b.Kolonner)
        {
            t.Kolonne(k.Tittel ?? "", tall: k.Type != "tekst");
        }
        var beregning = new Tabellberegning(b);
        foreach (var r in b.Rader)
        {
            if (r.Gruppe is { } g)
            {
                t.Gruppe(g);
                continue;
            }
            var celler = b.Kolonner.Select((k, i) =>
            {
                var celle = r.Celler.GetValueOrDefault(k.Id);
                var enhet = k.Type == "prosent" ? "prosent" : null;
                var tekst = i == 0 && r.Fotnote is not null ? $" {r.Fotnote}" : "";
                if (k.Type == "tekst" || celle?.Tekst is not null)
                {
                    return Tabellvisning.Tekst((celle?.Tekst ?? Celleformat.Celle(celle, enhet)) + tekst, celle?.Kilde ?? r.Kilde);
                }
                var b2 = beregning.Beregnet(r, k);
                return b2 is null ? t.Inndata(celle, enhet) : t.Avledet(celle, b2, enhet, $"«{Radnavn(r)}», {k.Tittel ?? k.Id}");
            }).ToList();
            t.Rad(celler, r.SumAv.Count > 0 ? "sum" : "data");
        }
        return t.Til();
    }

    private static string Radnavn(TabellRad r) => r.Celler.Values.FirstOrDefault(c => c.Tekst is not null)?.Tekst ?? r.Id ?? "";

    public static ScriptObject Sjekkliste(SjekklisteBlokk s, Katalog? katalog)
    {
        var t = new Tabellvisning { Tittel = s.Tittel, Fotnoter = s.Fotnoter };
        t.Kolonne(s.SporsmalTittel ?? "Spørsmål", tall: false);
        foreach (var a in s.Svaralternativer)
        {
            t.Kolonne(a, tall: false);
        }
        t.Kolonne(s.KommentarTittel ?? "Kommentar", tall: false);
        void Legg(IEnumerable<Sporsmal> sporsmal, string innrykk)
        {
            foreach (var q in sporsmal)
            {
                if (q.Gruppe is { } g)
                {
                    t.Gruppe(g);
                    continue;
                }
                var tekst = q.Tekst ?? (q.Id is { } id ? katalog?.Sporsmal(id)?.Tekst : null) ?? q.Id ?? "";
                var kommentar = string.Join(" ", new[] { q.Antall?.Tall is { } a ? $"Antall: {Celleformat.Tall(a)}" : null, q.Kommentar }.Where(x => x is not null));
                t.Rad([
                    Tabellvisning.Tekst(innrykk + tekst, q.Kilde),
                    .. s.Svaralternativer.Select(a => Tabellvisning.Tekst(q.Svar == a ? "x" : "")),
                    Tabellvisning.Tekst(kommentar),
                ]);
                Legg(q.Undersporsmal, innrykk + "– ");
            }
        }
        Legg(s.Sporsmal, "");
        return t.Til();
    }

    public static ScriptObject Tabell01(Tabell01Blokk b, Katalog? katalog, int ar)
    {
        var t = new Tabellvisning { Tittel = b.Tittel ?? (b.Art == "brutto" ? "Tabell 0.1 Brutto driftsutgifter" : "Tabell 0.1 B Netto driftsutgifter"), Enhet = "Tall i 1000 kr", Fotnoter = b.Fotnoter, IkkeTilgjengelig = b.IkkeTilgjengelig };
        OkonomiKolonner(t, b.Art == "brutto" ? "Brutto driftsutgifter" : "Netto driftsutgifter", ar);
        bool Utenfor(Tabell01Rad r) => katalog?.Fo(r.Funksjonsomrade)?.UtenforDrift == true;
        string Navn(Tabell01Rad r) => r.Navn ?? katalog?.Fo(r.Funksjonsomrade)?.Navn ?? r.Funksjonsomrade;
        var drift = b.Rader.Where(r => !Utenfor(r)).ToList();
        var utenfor = b.Rader.Where(Utenfor).ToList();
        foreach (var r in drift)
        {
            t.Rad(OkonomiCeller(t, Navn(r), r.Kilde, r.Tall, null).ToList());
        }
        var sumDrift = drift.Select(r => r.Tall).ToList();
        if (sumDrift.Count > 0 || b.SumDrift is not null)
        {
            t.Rad(OkonomiCeller(t, b.SumDriftNavn ?? "Sum drift", b.Kilde, b.SumDrift ?? Tom, k => Beregning.Sum(sumDrift, k)).ToList(), "sum");
        }
        foreach (var r in utenfor)
        {
            t.Rad(OkonomiCeller(t, Navn(r), r.Kilde, r.Tall, null).ToList());
        }
        var alle = b.Rader.Select(r => r.Tall).ToList();
        if (alle.Count > 0 || b.SumTotalt is not null)
        {
            t.Rad(OkonomiCeller(t, b.SumTotaltNavn ?? "Sum totalt", b.Kilde, b.SumTotalt ?? Tom, k => Beregning.Sum(alle, k)).ToList(), "sum");
        }
        return t.Til();
    }

    private static readonly Okonomitall Tom = new(null, null, null, null, null);

    public static ScriptObject Investeringer(InvesteringBlokk b, int ar)
    {
        var t = new Tabellvisning { Tittel = b.Tittel ?? "Bydelens investeringer", Enhet = $"Tall i {b.Enhet ?? "kroner"}", Fotnoter = b.Fotnoter, IkkeTilgjengelig = b.IkkeTilgjengelig };
        t.Kolonne("Prosjektnavn", tall: false).Kolonne("Prosjektnummer", tall: false).Kolonne("Artsgruppe", tall: false)
            .Kolonne("Faktisk/forventet ferdig (kv/år)", tall: false).Kolonne($"Dok 3 {Ar(ar)}")
            .Kolonne($"Regulert budsjett {Ar(ar)}").Kolonne($"Regnskap {Ar(ar)}").Kolonne("Avvik").Kolonne("Kommentarer/årsak til avvik", tall: false);
        foreach (var k in b.Kapitler)
        {
            t.Gruppe(k.Kapittel);
            foreach (var p in k.Prosjekter)
            {
                t.Rad([
                    Tabellvisning.Tekst(p.Navn, p.Kilde), Tabellvisning.Tekst(p.Prosjektnummer), Tabellvisning.Tekst(p.Artsgruppe), Tabellvisning.Tekst(p.Ferdig),
                    t.Inndata(p.Dok3, null), t.Inndata(p.RegulertBudsjett, null), t.Inndata(p.Regnskap, null),
                    t.Avledet(p.Avvik, Beregning.Avvik(p), null, $"«{p.Navn}», avvik"), Tabellvisning.Tekst(p.Kommentar),
                ]);
            }
            var navn = k.SumNavn ?? $"Sum {k.Kapittel}";
            t.Rad([
                Tabellvisning.Tekst(navn, k.Kilde), Tabellvisning.Tekst(""), Tabellvisning.Tekst(""), Tabellvisning.Tekst(""), Tabellvisning.Tekst(""),
                t.Avledet(k.SumRegulertBudsjett, Beregning.SumInvestering(k, p => p.RegulertBudsjett.Tall), null, $"{navn}, regulert budsjett"),
                t.Avledet(k.SumRegnskap, Beregning.SumInvestering(k, p => p.Regnskap.Tall), null, $"{navn}, regnskap"),
                t.Avledet(k.SumAvvik, Beregning.SumInvestering(k, Beregning.Avvik), null, $"{navn}, avvik"),
                Tabellvisning.Tekst(""),
            ], "sum");
        }
        return t.Til();
    }
}
