using Bydelsrapport.Model;
using Bydelsrapport.Scaffold;

namespace Bydelsrapport.Validate.Rules;

/// <summary>
/// Unfinished: a TODO text (from `new år` or `new bydel`) or an empty figure the report must give
/// (an input of an økonomi table, Tabell 0.1 or an investment). A warning while writing; an error
/// with --streng, as CI uses before publishing.
/// </summary>
public sealed class UferdigRegel : IRegel
{
    public void Sjekk(Regelkontekst ctx)
    {
        foreach (var kapittel in ctx.Rapport.Kapitler.Values)
        {
            Tekst(ctx, kapittel.Kilde with { Sti = "tittel" }, kapittel.Tittel);
            foreach (var blokk in kapittel.AlleBlokker())
            {
                switch (blokk)
                {
                    case TekstBlokk t:
                        Tekst(ctx, t.Kilde with { Sti = t.Kilde.Sti + ".tekst" }, t.Tekst);
                        break;
                    case MalBlokk m:
                        Tekst(ctx, m.Kilde with { Sti = m.Kilde.Sti + ".ikke_rapportert" }, m.IkkeRapportert);
                        foreach (var t in m.Tiltak)
                        {
                            foreach (var (r, i) in t.Rapportering.Select((r, i) => (r, i)))
                            {
                                Tekst(ctx, t.Kilde with { Sti = $"{t.Kilde.Sti}.rapportering[{i}]" }, r);
                            }
                            Tekst(ctx, t.Kilde with { Sti = t.Kilde.Sti + ".ikke_rapportert" }, t.IkkeRapportert);
                        }
                        break;
                    case IndikatorBlokk ib:
                        foreach (var r in ib.Rader)
                        {
                            foreach (var c in r.Resultater.Values.Append(r.Maltall))
                            {
                                Tekst(ctx, c?.Kilde, c?.Tekst);
                            }
                        }
                        break;
                    case OkonomiBlokk o when o.IkkeTilgjengelig is null:
                        foreach (var r in o.Rader)
                        {
                            Tomme(ctx, r.Tall, $"KOSTRA {r.Kostra}");
                        }
                        break;
                    case Tabell01Blokk t01 when t01.IkkeTilgjengelig is null:
                        foreach (var r in t01.Rader)
                        {
                            Tomme(ctx, r.Tall, r.Navn ?? r.Funksjonsomrade);
                        }
                        break;
                    case InvesteringBlokk inv when inv.IkkeTilgjengelig is null:
                        foreach (var p in inv.Kapitler.SelectMany(k => k.Prosjekter))
                        {
                            Tom(ctx, p.RegulertBudsjett, $"«{p.Navn}», regulert budsjett");
                            Tom(ctx, p.Regnskap, $"«{p.Navn}», regnskap");
                        }
                        foreach (var k in inv.Kapitler)
                        {
                            Tekst(ctx, k.Kilde with { Sti = k.Kilde.Sti + ".kapittel" }, k.Kapittel);
                        }
                        break;
                }
            }
        }
    }

    private static void Tekst(Regelkontekst ctx, Kilde? kilde, string? tekst)
    {
        if (kilde is not null && tekst is not null && tekst.TrimStart().StartsWith(NesteAr.Todo, StringComparison.Ordinal))
        {
            ctx.Advarsel(kilde, Codes.Uferdig, "Uferdig: teksten er fortsatt TODO. Skriv bydelens tekst.");
        }
    }

    private static void Tomme(Regelkontekst ctx, Okonomitall tall, string hva)
    {
        Tom(ctx, tall.OpprinneligBudsjett, $"{hva}, opprinnelig budsjett");
        Tom(ctx, tall.RegulertBudsjett, $"{hva}, regulert budsjett");
        Tom(ctx, tall.Regnskap, $"{hva}, regnskap");
    }

    private static void Tom(Regelkontekst ctx, Celle? celle, string hva)
    {
        if (celle is { ErTom: true })
        {
            ctx.Advarsel(celle.Kilde, Codes.Uferdig, $"Uferdig: {hva} mangler tall. Fyll det inn.");
        }
    }
}
