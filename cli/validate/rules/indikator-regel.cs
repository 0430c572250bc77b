using Bydelsrapport.Compute;
using Bydelsrapport.Model;

namespace Bydelsrapport.Validate.Rules;

/// <summary>Resultatindikator: avvik = resultat − måltall for the report year, for every indicator.</summary>
public sealed class IndikatorRegel : IRegel
{
    public void Sjekk(Regelkontekst ctx)
    {
        foreach (var blokk in ctx.Rapport.Kapitler.Values.SelectMany(k => k.AlleBlokker()).OfType<IndikatorBlokk>())
        {
            foreach (var rad in blokk.Rader)
            {
                ctx.SjekkTrykt(rad.Avvik, Beregning.IndikatorAvvik(rad, ctx.Rapport.Ar), Codes.IndikatorAvvik,
                    $"Avvik for «{rad.Navn ?? rad.Indikator}» (resultat {ctx.Rapport.Ar} − måltall)");
            }
        }
    }
}
