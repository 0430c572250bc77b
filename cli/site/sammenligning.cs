using Bydelsrapport.Compute;
using Bydelsrapport.Model;

namespace Bydelsrapport.Site;

/// <summary>
/// One figure or text across bydeler, found by the catalogue's ids only (FO, indicator, Mål, Tiltak):
/// those are the data contract every bydel's report shares. Tables a bydel shapes itself (population,
/// sick leave) have no shared ids, so they are not compared here; see the README of the site.
/// </summary>
internal static class Sammenligning
{
    /// <summary>Netto driftsutgifter of one FO in one report, computed from its rows; <see cref="Merknad"/> says why a figure is missing.</summary>
    public sealed record FoOkonomi(Rapport Rapport, decimal? RegulertBudsjett, decimal? Regnskap, decimal? Avvik, string? Merknad)
    {
        /// <summary>The bydel's population (row sum_bydel of its befolkning table, the latest column) and that column's title.</summary>
        public (decimal Antall, string Per)? Innbyggere { get; init; }

        /// <summary>Regnskap in kroner per inhabitant (the tables are in 1000 kr).</summary>
        public decimal? RegnskapPerInnbygger => Regnskap is { } r && Innbyggere is { Antall: > 0 } i
            ? Math.Round(r * 1000 / i.Antall, 0, MidpointRounding.AwayFromZero)
            : null;
    }

    /// <summary>
    /// The population the report itself prints: the table marked <c>rolle: befolkning</c>, its row
    /// <c>sum_bydel</c>, the last figure column that has a number (the latest date).
    /// </summary>
    public static (decimal Antall, string Per)? Innbyggere(Rapport r)
    {
        var tabell = Blokker(r).OfType<TabellBlokk>().FirstOrDefault(t => t.Rolle == "befolkning" && t.IkkeTilgjengelig is null);
        var rad = tabell?.Rader.FirstOrDefault(x => x.Id == TabellBlokk.SumBydel);
        if (tabell is null || rad is null)
        {
            return null;
        }
        var beregning = new Tabellberegning(tabell);
        foreach (var k in tabell.Kolonner.Where(k => k.Type == "tall").Reverse())
        {
            if (beregning.Verdi(rad, k.Id) is { } antall)
            {
                return (antall, k.Tittel ?? k.Id);
            }
        }
        return null;
    }

    /// <summary>One bydel's row for an indicator: the first row the report prints for it, and how many it prints.</summary>
    public sealed record IndikatorFunn(Rapport Rapport, IndikatorRad? Rad, int Antall);

    /// <summary>One bydel's rapportering on a Tiltak, or why there is none (the whole Mål left out, or not in the report).</summary>
    public sealed record TiltakFunn(Rapport Rapport, TiltakRapportering? Tiltak, string? IkkeRapportert);

    public static string BydelId(Rapport r) => r.Mappe.Split('/')[0];

    private static Kapittel? FoKapittel(Rapport r, string fo) =>
        r.KapittelIder.Where(r.Kapitler.ContainsKey).Select(id => r.Kapitler[id]).FirstOrDefault(k => k.Funksjonsomrade == fo);

    /// <summary>Every block of the report in reading order (chapter order, then depth first), found once per report.</summary>
    internal static IReadOnlyList<Blokk> Blokker(Rapport r) => Indeks(r).Blokker;

    /// <summary>
    /// A report's blocks, Mål and indicator rows by id, found once: the site looks up every Tiltak and
    /// indicator of the catalogue in every report, and walking all blocks each time made the site
    /// pages cost as much as the reports themselves.
    /// </summary>
    private sealed class Rapportindeks(Rapport r)
    {
        public IReadOnlyList<Blokk> Blokker { get; } =
            [.. r.KapittelIder.Where(r.Kapitler.ContainsKey).SelectMany(id => r.Kapitler[id].AlleBlokker())];

        public ILookup<string, MalBlokk> Maler => field ??= Blokker.OfType<MalBlokk>().ToLookup(m => m.Mal, StringComparer.Ordinal);

        /// <summary>Every checklist question the report answers, sub-questions included, by the catalogue's id.</summary>
        public ILookup<string, Sporsmal> Sporsmal => field ??= Blokker.OfType<SjekklisteBlokk>().SelectMany(b => Alle(b.Sporsmal))
            .Where(q => q.Id is not null).ToLookup(q => q.Id!, StringComparer.Ordinal);

        private static IEnumerable<Sporsmal> Alle(IEnumerable<Sporsmal> sporsmal) => sporsmal.SelectMany(q => Alle(q.Undersporsmal).Prepend(q));

        public ILookup<string, IndikatorRad> Indikatorer => field ??=
            Blokker.OfType<IndikatorBlokk>().SelectMany(b => b.Rader).ToLookup(x => x.Indikator, StringComparer.Ordinal);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Rapport, Rapportindeks> Indekser = [];

    private static Rapportindeks Indeks(Rapport r) => Indekser.GetValue(r, x => new Rapportindeks(x));

    public static IReadOnlyList<FoOkonomi> Okonomi(IEnumerable<Rapport> rapporter, string fo) =>
        rapporter.Select(r =>
        {
            if (FoKapittel(r, fo) is not { } k)
            {
                return new FoOkonomi(r, null, null, null, "Funksjonsområdet er ikke med i rapporten.");
            }
            var tabeller = k.AlleBlokker().OfType<OkonomiBlokk>().ToList();
            if (tabeller.Count == 0)
            {
                return new FoOkonomi(r, null, null, null, "Rapporten har ingen økonomitabell for funksjonsområdet.");
            }
            if (tabeller.FirstOrDefault(t => t.IkkeTilgjengelig is not null) is { } borte)
            {
                return new FoOkonomi(r, null, null, null, $"Tallene er ikke tilgjengelige: {borte.IkkeTilgjengelig}");
            }
            var rb = Beregning.FoNettoBeregnet(k, "regulert_budsjett");
            var rs = Beregning.FoNettoBeregnet(k, "regnskap");
            return new FoOkonomi(r, rb, rs, rb - rs, rb is null || rs is null ? "Økonomitabellen mangler tall." : null) { Innbyggere = Innbyggere(r) };
        }).ToList();

    public static IReadOnlyList<IndikatorFunn> Indikator(IEnumerable<Rapport> rapporter, string indikator) =>
        rapporter.Select(r =>
        {
            var rader = Indeks(r).Indikatorer[indikator].ToList();
            return new IndikatorFunn(r, rader.FirstOrDefault(), rader.Count);
        }).ToList();

    /// <summary>Each report's answer to one question of the catalogue's checklists (the first place it answers it), or null.</summary>
    public static IReadOnlyList<(Rapport Rapport, Sporsmal? Svar)> Sporsmal(IEnumerable<Rapport> rapporter, string id) =>
        [.. rapporter.Select(r => (r, Indeks(r).Sporsmal[id].FirstOrDefault()))];

    public static IReadOnlyList<TiltakFunn> Tiltak(IEnumerable<Rapport> rapporter, string mal, string tiltak) =>
        rapporter.Select(r =>
        {
            var maler = Indeks(r).Maler[mal].ToList();
            if (maler.SelectMany(m => m.Tiltak).FirstOrDefault(t => t.Tiltak == tiltak) is { } funnet)
            {
                return new TiltakFunn(r, funnet, funnet.IkkeRapportert);
            }
            var grunn = maler.Select(m => m.IkkeRapportert).FirstOrDefault(g => g is not null);
            return new TiltakFunn(r, null, grunn ?? "Tiltaket er ikke med i rapporten.");
        }).ToList();
}
