using Bydelsrapport.Compute;
using Bydelsrapport.Model;

namespace Bydelsrapport.Validate.Rules;

/// <summary>General tables: formula columns, sum rows, declared checks, and references to columns and rows.</summary>
public sealed class TabellRegel : IRegel
{
    public void Sjekk(Regelkontekst ctx)
    {
        foreach (var tabell in ctx.Rapport.Kapitler.Values.SelectMany(k => k.AlleBlokker()).OfType<TabellBlokk>())
        {
            SjekkReferanser(ctx, tabell);
            if (tabell.IkkeTilgjengelig is not null)
            {
                continue;
            }
            var beregning = new Tabellberegning(tabell);
            foreach (var rad in tabell.Rader)
            {
                foreach (var kolonne in tabell.Kolonner)
                {
                    if (rad.Celler.TryGetValue(kolonne.Id, out var celle) && beregning.Beregnet(rad, kolonne) is { } b)
                    {
                        var code = kolonne.Formel is not null ? Codes.TabellFormel : Codes.TabellSum;
                        var hva = kolonne.Formel is not null
                            ? $"«{kolonne.Tittel ?? kolonne.Id}» = {kolonne.Formel}"
                            : $"Sumraden «{Radnavn(rad)}», kolonne «{kolonne.Tittel ?? kolonne.Id}»";
                        ctx.SjekkTrykt(celle, b, code, hva);
                    }
                }
                foreach (var kontroll in tabell.Kontroller)
                {
                    if (Formel.Evaluate(kontroll.Uttrykk, id => beregning.Verdi(rad, id)) is { } v)
                    {
                        var ids = Formel.Referanser(kontroll.Uttrykk) ?? [];
                        var at = rad.Celler.TryGetValue(ids.FirstOrDefault() ?? "", out var c) ? c.Kilde : rad.Kilde;
                        var scale = ids.Select(id => rad.Celler.TryGetValue(id, out var x) && x.Tall is { } t ? t.Scale : 0).DefaultIfEmpty(0).Max();
                        var s = Avrunding.Sammenlign(Math.Round(v, scale), kontroll.Lik);
                        if (!s.Lik)
                        {
                            ctx.Advarsel(at, Codes.TabellKontroll,
                                $"{kontroll.Beskrivelse ?? kontroll.Uttrykk} for «{Radnavn(rad)}»: {kontroll.Uttrykk} = {Tallformat.Tall(Math.Round(v, scale))}, ventet {Tallformat.Tall(kontroll.Lik)}.");
                        }
                    }
                }
            }
        }
    }

    private static string Radnavn(TabellRad rad) =>
        rad.Celler.Values.FirstOrDefault(c => c.Tekst is not null)?.Tekst ?? rad.Id ?? "?";

    private static void SjekkReferanser(Regelkontekst ctx, TabellBlokk tabell)
    {
        var kolonneIder = tabell.Kolonner.Select(k => k.Id).ToList();
        var radIder = tabell.Rader.Where(r => r.Id is not null).Select(r => r.Id!).ToList();
        foreach (var kolonne in tabell.Kolonner)
        {
            if (kolonne.Formel is null)
            {
                continue;
            }
            var refs = Formel.Referanser(kolonne.Formel);
            if (refs is null)
            {
                ctx.Feil(kolonne.Kilde, Codes.RefKolonne,
                    $"Formelen «{kolonne.Formel}» kan ikke leses. Bruk kolonne-id-er med + og -, eller andel(a, b).");
                continue;
            }
            foreach (var id in refs.Where(id => !kolonneIder.Contains(id)))
            {
                ctx.Feil(kolonne.Kilde, Codes.RefKolonne,
                    $"Formelen «{kolonne.Formel}» viser til kolonnen «{id}», som ikke finnes.{Load.ShapeChecker.Suggest(id, kolonneIder)}");
            }
        }
        foreach (var kontroll in tabell.Kontroller)
        {
            foreach (var id in (Formel.Referanser(kontroll.Uttrykk) ?? []).Where(id => !kolonneIder.Contains(id)))
            {
                ctx.Feil(kontroll.Kilde, Codes.RefKolonne,
                    $"Kontrollen «{kontroll.Uttrykk}» viser til kolonnen «{id}», som ikke finnes.{Load.ShapeChecker.Suggest(id, kolonneIder)}");
            }
        }
        foreach (var rad in tabell.Rader)
        {
            foreach (var (key, celle) in rad.Celler.Where(c => !kolonneIder.Contains(c.Key)))
            {
                ctx.Feil(celle.Kilde, Codes.RefKolonne,
                    $"Raden har verdi for kolonnen «{key}», som ikke er definert i kolonner.{Load.ShapeChecker.Suggest(key, kolonneIder)}");
            }
            foreach (var id in rad.SumAv.Where(id => !radIder.Contains(id) || id == rad.Id))
            {
                ctx.Feil(rad.Kilde, Codes.RefRad,
                    $"sum_av viser til raden «{id}», som ikke finnes i tabellen (eller er raden selv).{Load.ShapeChecker.Suggest(id, radIder)}");
            }
        }
        if (tabell.Rolle == "befolkning" && tabell.IkkeTilgjengelig is null && !radIder.Contains(TabellBlokk.SumBydel))
        {
            ctx.Feil(tabell.Kilde, Codes.RefRad,
                $"Befolkningstabellen trenger en rad med id «{TabellBlokk.SumBydel}» (hele bydelens befolkning), så sammenligningene kan regne per innbygger.");
        }
        if (tabell.Rolle == "sykefravaer" && tabell.IkkeTilgjengelig is null && !radIder.Contains(TabellBlokk.Totalt))
        {
            ctx.Feil(tabell.Kilde, Codes.RefRad,
                $"Sykefraværstabellen trenger en rad med id «{TabellBlokk.Totalt}» (totalt sykefravær), så bydelene kan sammenlignes.");
        }
        foreach (var dup in radIder.GroupBy(x => x).Where(g => g.Count() > 1))
        {
            ctx.Feil(tabell.Rader.Last(r => r.Id == dup.Key).Kilde, Codes.RefRad, $"Rad-id-en «{dup.Key}» brukes to ganger i samme tabell.");
        }
    }
}
