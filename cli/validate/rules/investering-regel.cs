using Bydelsrapport.Compute;
using Bydelsrapport.Model;

namespace Bydelsrapport.Validate.Rules;

/// <summary>Investments: avvik per project (IX = VII − VIII) and each budget chapter's sum row.</summary>
public sealed class InvesteringRegel : IRegel
{
    public void Sjekk(Regelkontekst ctx)
    {
        foreach (var blokk in ctx.Rapport.Kapitler.Values.SelectMany(k => k.AlleBlokker()).OfType<InvesteringBlokk>().Where(b => b.IkkeTilgjengelig is null))
        {
            foreach (var kapittel in blokk.Kapitler)
            {
                foreach (var p in kapittel.Prosjekter)
                {
                    ctx.SjekkTrykt(p.Avvik, Beregning.Avvik(p), Codes.InvesteringAvvik, $"Avvik for «{p.Navn}» (regulert budsjett − regnskap)");
                }
                var navn = kapittel.SumNavn ?? $"Sum {kapittel.Kapittel}";
                ctx.SjekkTrykt(kapittel.SumRegulertBudsjett, Beregning.SumInvestering(kapittel, p => p.RegulertBudsjett.Tall),
                    Codes.InvesteringSum, $"{navn}, regulert budsjett");
                ctx.SjekkTrykt(kapittel.SumRegnskap, Beregning.SumInvestering(kapittel, p => p.Regnskap.Tall),
                    Codes.InvesteringSum, $"{navn}, regnskap");
                ctx.SjekkTrykt(kapittel.SumAvvik, Beregning.SumInvestering(kapittel, Beregning.Avvik),
                    Codes.InvesteringSum, $"{navn}, avvik");
            }
        }
    }
}
