using System.Globalization;
using Bydelsrapport.Commands;
using Bydelsrapport.Compute;
using Bydelsrapport.Load;
using Bydelsrapport.Model;
using Bydelsrapport.Render;
using Bydelsrapport.Write;
using Scriban.Runtime;

namespace Bydelsrapport.Site;

/// <summary>
/// The static site around the report pages: a front page, per year and FO a comparison page (netto
/// driftsutgifter and every result indicator, each table also as CSV) and a Tiltak page (every bydel's
/// rapportering one after the other), and each report's figures as JSON. Paths are relative, so the
/// folder works from any web server path and straight from disk.
/// </summary>
public static class Nettsted
{
    public const string Forside = "index.html";

    /// <summary>Where a report's page is, relative to the site root.</summary>
    public static string RapportSide(Rapport r) => $"{r.Mappe}/index.html";

    public static string RapportJson(Rapport r) => $"{r.Mappe}/tall.json";

    private static string Ar(int ar) => ar.ToString(CultureInfo.InvariantCulture);

    private static string FoMappe(int ar, string fo) => $"sammenligning/{Ar(ar)}/{fo}";

    /// <summary>The FO as the reports write it in headings: fo2b → FO2B.</summary>
    private static string FoKode(string fo) => fo.ToUpperInvariant();

    /// <param name="sok">Pagefind will index the site (<see cref="Sok"/>): the front page gets the search box and its script.</param>
    public static IReadOnlyList<Utdata> Lag(Dataset dataset, Renderer renderer, string ut, string? punkt = null, bool sok = false)
    {
        var rapporter = dataset.Rapporter.OrderBy(r => r.Mappe, StringComparer.Ordinal).ToList();
        var filer = new List<Utdata>();
        void Skriv(string sti, string innhold) => filer.Add(new Utdata(Path.Combine(ut, sti), innhold, Sjekkes: false));

        foreach (var r in rapporter)
        {
            Skriv(RapportJson(r), TallJson.Lag(r));
        }
        var ar = rapporter.Select(r => r.Ar).Distinct().Where(dataset.Kataloger.ContainsKey).Order().ToList();
        foreach (var a in ar)
        {
            var katalog = dataset.Kataloger[a];
            var arets = rapporter.Where(r => r.Ar == a).ToList();
            foreach (var fo in katalog.Funksjonsomrader)
            {
                var mappe = FoMappe(a, fo.Id);
                var okonomi = Sammenligning.Okonomi(arets, fo.Id);
                Skriv($"{mappe}/okonomi.csv", OkonomiCsv(okonomi));
                foreach (var i in fo.Indikatorer)
                {
                    Skriv($"{mappe}/{i.Id}.csv", IndikatorCsv(Sammenligning.Indikator(arets, i.Id), a));
                }
                Skriv($"{mappe}/index.html", renderer.RenderSide("fo", FoSide(fo, a, arets, okonomi)));
                Skriv($"{mappe}/tiltak.html", renderer.RenderSide("tiltak", TiltakSide(fo, a, arets)));
            }
        }
        foreach (var a in ar)
        {
            var arets = rapporter.Where(r => r.Ar == a).ToList();
            Skriv($"sammenligning/{Ar(a)}/{Befolkning.Side}", renderer.RenderSide("befolkning", Befolkning.Modell(a, arets, "../../")));
            var sykefravaer = Sykefravaer.Finn(arets, a);
            Skriv($"sammenligning/{Ar(a)}/{Sykefravaer.Side}", renderer.RenderSide("sykefravaer", Sykefravaer.Modell(a, sykefravaer, "../../")));
            Skriv($"sammenligning/{Ar(a)}/{Sykefravaer.Csv}", Sykefravaer.LagCsv(sykefravaer, a));
            var lister = Sjekklister.Finn(dataset.Kataloger[a], arets);
            Skriv($"sammenligning/{Ar(a)}/{Sjekklister.Side}", renderer.RenderSide("sjekklister", Sjekklister.Modell(a, arets, lister, "../../")));
            foreach (var liste in lister)
            {
                Skriv($"sammenligning/{Ar(a)}/{Sjekklister.CsvFil(liste.Katalog)}", Sjekklister.LagCsv(liste));
            }
        }
        Skriv(Forside, renderer.RenderSide("forside", ForsideModell(dataset, rapporter, ar, sok)));
        if (sok)
        {
            Skriv(Sok.Skript, File.ReadAllText(Path.Combine(renderer.Mappe, "site", "sok.js")).ReplaceLineEndings("\n"));
        }
        if (punkt is not null)
        {
            filer.AddRange(Punkt.Filer(punkt, ut));
        }
        return filer;
    }

    /// <summary>What templates/site/topp.scriban needs: the page title, the way to the site root, and whether the search box is on it.</summary>
    internal static ScriptObject Side(string tittel, string rot, bool sok = false) => So.Obj(("tittel", tittel), ("rot", rot), ("sok", sok));

    private static ScriptObject ForsideModell(Dataset dataset, IReadOnlyList<Rapport> rapporter, IReadOnlyList<int> ar, bool sok)
    {
        var bydeler = rapporter.GroupBy(Sammenligning.BydelId).Select(g => So.Obj(
            ("navn", g.First().Bydel),
            ("rapporter", So.Arr(g.OrderBy(r => r.Ar).Select(r => So.Obj(
                ("ar", Ar(r.Ar)),
                ("href", RapportSide(r)),
                ("json", RapportJson(r)),
                ("status", r.Status.Status == "vedtatt" ? "vedtatt" : "utkast")))))));
        var sammenligninger = ar.Select(a => So.Obj(
            ("ar", Ar(a)),
            ("fo", So.Arr(dataset.Kataloger[a].Funksjonsomrader.Select(fo => So.Obj(
                ("kode", FoKode(fo.Id)),
                ("navn", fo.Navn),
                ("href", $"{FoMappe(a, fo.Id)}/index.html"),
                ("tiltak_href", $"{FoMappe(a, fo.Id)}/tiltak.html"))))),
            ("befolkning_href", $"sammenligning/{Ar(a)}/{Befolkning.Side}"),
            ("sykefravaer_href", $"sammenligning/{Ar(a)}/{Sykefravaer.Side}"),
            ("sjekklister_href", $"sammenligning/{Ar(a)}/{Sjekklister.Side}")));
        return So.Obj(
            ("side", Side("Bydelenes årsberetninger", "", sok)),
            ("bydeler", So.Arr(bydeler)),
            ("sammenligninger", So.Arr(sammenligninger)));
    }

    private const string Rot = "../../../";

    private static ScriptObject FoSide(KatalogFunksjonsomrade fo, int ar, IReadOnlyList<Rapport> rapporter, IReadOnlyList<Sammenligning.FoOkonomi> okonomi)
    {
        var t = new Tabellvisning { Tittel = $"Netto driftsutgifter {FoKode(fo.Id)} {fo.Navn} per bydel, {Ar(ar)}", Enhet = "Tall i 1000 kr" };
        t.Kolonne("Bydel", tall: false).Kolonne($"Regulert budsjett {Ar(ar)}").Kolonne($"Regnskap {Ar(ar)}").Kolonne($"Avvik reg.bud/regnskap {Ar(ar)}")
            .Kolonne($"Regnskap {Ar(ar)} per innbygger (kr)");
        foreach (var o in okonomi)
        {
            t.Rad([Tabellvisning.Tekst(o.Rapport.Bydel), Tabellvisning.Beregnet(o.RegulertBudsjett, null, "ikke tilgjengelig"),
                Tabellvisning.Beregnet(o.Regnskap, null, "ikke tilgjengelig"), Tabellvisning.Beregnet(o.Avvik, null, "ikke tilgjengelig"),
                Tabellvisning.Beregnet(o.RegnskapPerInnbygger, null, "ikke tilgjengelig")]);
            if (o.Innbyggere is { } i && o.RegnskapPerInnbygger is not null)
            {
                t.Merknader.Add($"{o.Rapport.Bydel}: {Celleformat.Tall(i.Antall)} innbyggere per {i.Per}, fra bydelens befolkningstabell.");
            }
            else if (o.Regnskap is not null)
            {
                t.Merknader.Add($"{o.Rapport.Bydel}: per innbygger ikke tilgjengelig (befolkningstallet er ikke med i rapporten).");
            }
            if (o.Merknad is not null)
            {
                t.Merknader.Add($"{o.Rapport.Bydel}: {o.Merknad}");
            }
        }
        t.Merknader.Add("Summen av bydelens økonomitabeller for funksjonsområdet, regnet ut fra radene (en trykt sum som ikke stemmer, er ikke brukt). Avvik = regulert budsjett − regnskap.");

        var indikatorer = fo.Indikatorer.Select(i =>
        {
            var it = new Tabellvisning { Tittel = $"{i.Navn}: måltall og resultat per bydel" };
            it.Kolonne("Bydel", tall: false).Kolonne($"Resultat {Ar(ar - 2)}").Kolonne($"Resultat {Ar(ar - 1)}")
                .Kolonne($"Måltall {Ar(ar)}").Kolonne($"Resultat {Ar(ar)}").Kolonne($"Avvik {Ar(ar)}");
            foreach (var f in Sammenligning.Indikator(rapporter, i.Id))
            {
                if (f.Rad is not { } rad || rad.IkkeRapportert is not null)
                {
                    // The reason goes below the table: a long text in a figure column would break the layout.
                    var mangler = Tabellvisning.Tekst(f.Rad is null ? "ikke med" : "ikke rapportert");
                    it.Rad([Tabellvisning.Tekst(f.Rapport.Bydel), mangler, mangler, mangler, mangler, mangler]);
                    it.Merknader.Add(f.Rad?.IkkeRapportert is { } g ? $"{f.Rapport.Bydel}: ikke rapportert: {g}" : $"{f.Rapport.Bydel}: indikatoren er ikke med i årsberetningen.");
                    continue;
                }
                it.Rad([
                    Tabellvisning.Tekst(f.Rapport.Bydel, rad.Kilde),
                    it.Inndata(rad.Resultater.GetValueOrDefault(ar - 2), i.Enhet),
                    it.Inndata(rad.Resultater.GetValueOrDefault(ar - 1), i.Enhet),
                    it.Inndata(rad.Maltall, i.Enhet),
                    it.Inndata(rad.Resultater.GetValueOrDefault(ar), i.Enhet),
                    Tabellvisning.Beregnet(Beregning.IndikatorAvvik(rad, ar), null),
                ]);
                if (f.Antall > 1)
                {
                    it.Merknader.Add($"{f.Rapport.Bydel} trykker indikatoren {f.Antall} ganger; tabellen viser den første.");
                }
            }
            it.Merknader.Add($"Avvik = resultat {Ar(ar)} − måltall {Ar(ar)}" + (i.Enhet == "prosent" ? ", i prosentpoeng." : ".")
                + (i.Retning == Retning.HoyereErBedre ? " Høyere er bedre." : " Lavere er bedre."));
            return So.Obj(("id", i.Id), ("navn", i.Navn), ("tabell", it.Til()), ("csv", $"{i.Id}.csv"));
        });

        return So.Obj(
            ("side", Side($"{FoKode(fo.Id)} {fo.Navn}: bydelene side om side, {Ar(ar)}", Rot)),
            ("diagram", OkonomiDiagram(fo, ar, okonomi)),
            ("fo", So.Obj(("kode", FoKode(fo.Id)), ("navn", fo.Navn))),
            ("ar", Ar(ar)),
            ("okonomi", t.Til()),
            ("indikatorer", So.Arr(indikatorer)),
            ("bydeler", So.Arr(rapporter.Select(r => So.Obj(("navn", r.Bydel), ("href", Rot + RapportSide(r)))))));
    }

    /// <summary>Budget against regnskap per bydel, for the bydeler that have both figures; null when none has.</summary>
    private static string? OkonomiDiagram(KatalogFunksjonsomrade fo, int ar, IReadOnlyList<Sammenligning.FoOkonomi> okonomi)
    {
        var med = okonomi.Where(o => o.RegulertBudsjett is not null && o.Regnskap is not null).ToList();
        if (med.Count == 0)
        {
            return null;
        }
        var uten = okonomi.Where(o => !med.Contains(o)).Select(o => o.Rapport.Bydel).ToList();
        var beskrivelse = $"Stolpediagram over regulert budsjett og regnskap {Ar(ar)} for {FoKode(fo.Id)} per bydel, i 1000 kr. "
            + string.Join("; ", med.Select(o => $"{o.Rapport.Bydel}: regulert budsjett {Celleformat.Tall(o.RegulertBudsjett!.Value)}, regnskap {Celleformat.Tall(o.Regnskap!.Value)}"))
            + "." + (uten.Count == 0 ? "" : $" Uten tall: {string.Join(", ", uten)}.");
        return Diagram.Stolper($"diagram-{fo.Id}", $"Regulert budsjett og regnskap {Ar(ar)}, {FoKode(fo.Id)} {fo.Navn}", beskrivelse,
            [new Diagram.Serie($"Regulert budsjett {Ar(ar)}", "#2a2859"), new Diagram.Serie($"Regnskap {Ar(ar)}", "#1f42aa")],
            med.Select(o => new Diagram.Gruppe(o.Rapport.Bydel, [o.RegulertBudsjett!.Value, o.Regnskap!.Value])).ToList(), null);
    }

    private static ScriptObject TiltakSide(KatalogFunksjonsomrade fo, int ar, IReadOnlyList<Rapport> rapporter)
    {
        var mal = fo.Mal.Select((m, mi) => So.Obj(
            ("tekst", m.Tekst),
            ("anker", m.Id),
            ("tiltak", So.Arr(m.Tiltak.Select(t => So.Obj(
                ("nummer", t.Nummer?.ToString(CultureInfo.InvariantCulture)),
                ("tekst", t.Tekst),
                ("anker", t.Id),
                ("bydeler", So.Arr(Sammenligning.Tiltak(rapporter, m.Id, t.Id).Select(f => So.Obj(
                    ("navn", f.Rapport.Bydel),
                    ("href", Rot + RapportSide(f.Rapport)),
                    ("rapportering", So.Arr(f.Tiltak?.Rapportering ?? [])),
                    ("ikke_rapportert", f.IkkeRapportert)))))))))));
        return So.Obj(
            ("side", Side($"Tiltak {FoKode(fo.Id)} {fo.Navn}: bydelenes rapportering, {Ar(ar)}", Rot)),
            ("fo", So.Obj(("kode", FoKode(fo.Id)), ("navn", fo.Navn))),
            ("ar", Ar(ar)),
            ("mal", So.Arr(mal)));
    }

    private static string OkonomiCsv(IReadOnlyList<Sammenligning.FoOkonomi> okonomi) => Csv.Lag(
        ["bydel_id", "bydel", "regulert_budsjett_1000_kr", "regnskap_1000_kr", "avvik_1000_kr", "innbyggere", "innbyggere_per", "regnskap_per_innbygger_kr", "merknad"],
        okonomi.Select(o => (IReadOnlyList<string?>)[Sammenligning.BydelId(o.Rapport), o.Rapport.Bydel,
            Csv.Tall(o.RegulertBudsjett), Csv.Tall(o.Regnskap), Csv.Tall(o.Avvik),
            Csv.Tall(o.Innbyggere?.Antall), o.Innbyggere?.Per, Csv.Tall(o.RegnskapPerInnbygger), o.Merknad]));

    private static string IndikatorCsv(IReadOnlyList<Sammenligning.IndikatorFunn> funn, int ar) => Csv.Lag(
        ["bydel_id", "bydel", $"resultat_{Ar(ar - 2)}", $"resultat_{Ar(ar - 1)}", $"maltall_{Ar(ar)}", $"resultat_{Ar(ar)}", $"avvik_{Ar(ar)}", "merknad"],
        funn.Select(f =>
        {
            var rad = f.Rad is { IkkeRapportert: null } r ? r : null;
            var merknad = f.Rad is null ? "Ikke med i rapporten" : f.Rad.IkkeRapportert is { } g ? $"Ikke rapportert: {g}" : null;
            return (IReadOnlyList<string?>)[Sammenligning.BydelId(f.Rapport), f.Rapport.Bydel,
                Csv.Celle(rad?.Resultater.GetValueOrDefault(ar - 2)), Csv.Celle(rad?.Resultater.GetValueOrDefault(ar - 1)),
                Csv.Celle(rad?.Maltall), Csv.Celle(rad?.Resultater.GetValueOrDefault(ar)),
                Csv.Tall(rad is null ? null : Beregning.IndikatorAvvik(rad, ar)), merknad];
        }));
}
