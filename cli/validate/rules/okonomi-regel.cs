using Bydelsrapport.Compute;
using Bydelsrapport.Load;
using Bydelsrapport.Model;

namespace Bydelsrapport.Validate.Rules;

/// <summary>Hovedoversikt økonomi: each row's avvik and each cell of the sum row.</summary>
public sealed class OkonomiRegel : IRegel
{
    public void Sjekk(Regelkontekst ctx)
    {
        foreach (var blokk in ctx.Rapport.Kapitler.Values.SelectMany(k => k.AlleBlokker()).OfType<OkonomiBlokk>())
        {
            if (blokk.IkkeTilgjengelig is not null)
            {
                continue;
            }
            foreach (var rad in blokk.Rader)
            {
                ctx.SjekkTrykt(rad.Tall.Avvik, Beregning.Avvik(rad.Tall), Codes.OkonomiAvvik,
                    $"Avvik for KOSTRA {rad.Kostra} (regulert budsjett − regnskap)");
            }
            if (blokk.Sum is null)
            {
                continue;
            }
            var rader = blokk.Rader.Select(r => r.Tall).ToList();
            foreach (var kolonne in Shapes.OkonomiKolonner)
            {
                ctx.SjekkTrykt(blokk.Sum[kolonne], Beregning.Sum(rader, kolonne), Codes.OkonomiSum,
                    $"Sum netto utgifter, {Kolonnenavn.Okonomi(kolonne)}");
            }
        }
    }
}

public static class Kolonnenavn
{
    public static string Okonomi(string kolonne) => kolonne switch
    {
        "regnskap_forrige_ar" => "regnskap i fjor",
        "opprinnelig_budsjett" => "opprinnelig budsjett",
        "regulert_budsjett" => "regulert budsjett",
        "regnskap" => "regnskap",
        "avvik" => "avvik",
        _ => kolonne,
    };
}
