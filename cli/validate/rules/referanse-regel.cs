using Bydelsrapport.Load;
using Bydelsrapport.Model;

namespace Bydelsrapport.Validate.Rules;

/// <summary>Ids that refer to the catalogue: FO, KOSTRA function (and that it belongs to the FO), Mål, Tiltak, indicator, question.</summary>
public sealed class ReferanseRegel : IRegel
{
    public void Sjekk(Regelkontekst ctx)
    {
        if (ctx.Katalog is not { } katalog)
        {
            ctx.Feil(ctx.Rapport.Kilde, Codes.RefFunksjonsomrade,
                $"Det finnes ingen katalog for {ctx.Rapport.Ar} (data/katalog/{ctx.Rapport.Ar}/). Lag den, f.eks. ved å kopiere fjorårets.");
            return;
        }
        foreach (var kapittel in ctx.Rapport.Kapitler.Values)
        {
            var fo = kapittel.Funksjonsomrade is { } id ? katalog.Fo(id) : null;
            if (kapittel.Funksjonsomrade is { } foId && fo is null)
            {
                ctx.Feil(kapittel.FunksjonsomradeKilde ?? kapittel.Kilde, Codes.RefFunksjonsomrade,
                    $"Funksjonsområdet «{foId}» finnes ikke i katalogen.{ShapeChecker.Suggest(foId, katalog.Funksjonsomrader.Select(f => f.Id))}");
            }
            foreach (var blokk in kapittel.AlleBlokker())
            {
                switch (blokk)
                {
                    case OkonomiBlokk o:
                        SjekkKostra(ctx, katalog, fo, o);
                        break;
                    case MalBlokk m:
                        SjekkMal(ctx, fo, m);
                        break;
                    case IndikatorBlokk i:
                        foreach (var rad in i.Rader.Where(r => fo?.Indikatorer.All(x => x.Id != r.Indikator) == true))
                        {
                            ctx.Feil(rad.Kilde with { Sti = rad.Kilde.Sti + ".indikator" }, Codes.RefIndikator,
                                $"Indikatoren «{rad.Indikator}» finnes ikke i katalogen for {fo!.Id}.{ShapeChecker.Suggest(rad.Indikator, fo.Indikatorer.Select(x => x.Id))}");
                        }
                        break;
                    case Tabell01Blokk t:
                        foreach (var rad in t.Rader.Where(r => katalog.Fo(r.Funksjonsomrade) is null))
                        {
                            ctx.Feil(rad.Kilde, Codes.RefFunksjonsomrade,
                                $"Funksjonsområdet «{rad.Funksjonsomrade}» finnes ikke i katalogen.{ShapeChecker.Suggest(rad.Funksjonsomrade, katalog.Funksjonsomrader.Select(f => f.Id))}");
                        }
                        break;
                    case SjekklisteBlokk s:
                        SjekkSporsmal(ctx, katalog, s.Sporsmal);
                        break;
                }
            }
        }
    }

    private static void SjekkKostra(Regelkontekst ctx, Katalog katalog, KatalogFunksjonsomrade? fo, OkonomiBlokk blokk)
    {
        if (fo is null)
        {
            return;
        }
        foreach (var rad in blokk.Rader)
        {
            var funksjon = fo.Kostra.FirstOrDefault(k => k.Kode == rad.Kostra);
            var at = rad.Kilde with { Sti = rad.Kilde.Sti + ".kostra" };
            if (funksjon is null)
            {
                var annet = katalog.Funksjonsomrader.FirstOrDefault(f => f.Kostra.Any(k => k.Kode == rad.Kostra));
                ctx.Feil(at, Codes.RefKostra, annet is not null
                    ? $"KOSTRA-funksjon {rad.Kostra} hører til {annet.Id}, ikke {fo.Id}. Flytt raden til {annet.Id}.yaml."
                    : $"KOSTRA-funksjon «{rad.Kostra}» finnes ikke i katalogen for {fo.Id}.{ShapeChecker.Suggest(rad.Kostra, fo.Kostra.Select(k => k.Kode))}");
            }
            else if (blokk.Del is { } del && funksjon.Del is { } fdel && del != fdel)
            {
                ctx.Feil(at, Codes.RefKostra, $"KOSTRA-funksjon {rad.Kostra} hører til {fdel}, ikke {del}.");
            }
        }
    }

    private static void SjekkMal(Regelkontekst ctx, KatalogFunksjonsomrade? fo, MalBlokk blokk)
    {
        if (fo is null)
        {
            return;
        }
        var mal = fo.Mal.FirstOrDefault(m => m.Id == blokk.Mal);
        if (mal is null)
        {
            ctx.Feil(blokk.Kilde with { Sti = blokk.Kilde.Sti + ".mal" }, Codes.RefMal,
                $"Målet «{blokk.Mal}» finnes ikke i katalogen for {fo.Id}.{ShapeChecker.Suggest(blokk.Mal, fo.Mal.Select(m => m.Id))}");
            return;
        }
        foreach (var t in blokk.Tiltak.Where(t => mal.Tiltak.All(x => x.Id != t.Tiltak)))
        {
            ctx.Feil(t.Kilde with { Sti = t.Kilde.Sti + ".tiltak" }, Codes.RefTiltak,
                $"Tiltaket «{t.Tiltak}» hører ikke til målet {mal.Id} i katalogen.{ShapeChecker.Suggest(t.Tiltak, mal.Tiltak.Select(x => x.Id))}");
        }
    }

    private static void SjekkSporsmal(Regelkontekst ctx, Katalog katalog, IReadOnlyList<Sporsmal> sporsmal)
    {
        foreach (var s in sporsmal)
        {
            if (s.Id is { } id && katalog.Sporsmal(id) is null)
            {
                ctx.Feil(s.Kilde with { Sti = s.Kilde.Sti + ".sporsmal" }, Codes.RefSporsmal,
                    $"Spørsmålet «{id}» finnes ikke i katalogens sporsmal.yaml.{ShapeChecker.Suggest(id, katalog.Sporsmalslister.SelectMany(l => l.Sporsmal).Select(x => x.Id))}");
            }
            SjekkSporsmal(ctx, katalog, s.Undersporsmal);
        }
    }
}
