using Bydelsrapport.Compute;
using Bydelsrapport.Load;
using Bydelsrapport.Model;

namespace Bydelsrapport.Validate.Rules;

/// <summary>
/// Tabell 0.1 / 0.1 B: each row's avvik, "Sum … drift" over the FOs inside drift, the grand total
/// with the FOs outside it (FO4), and, for netto, each FO row against that FO's own økonomi tables.
/// </summary>
public sealed class Tabell01Regel : IRegel
{
    public void Sjekk(Regelkontekst ctx)
    {
        var blokker = ctx.Rapport.Kapitler.Values.SelectMany(k => k.AlleBlokker()).OfType<Tabell01Blokk>();
        foreach (var tabell in blokker.Where(b => b.IkkeTilgjengelig is null))
        {
            foreach (var rad in tabell.Rader)
            {
                ctx.SjekkTrykt(rad.Tall.Avvik, Beregning.Avvik(rad.Tall), Codes.Tabell01Avvik,
                    $"Avvik for {rad.Navn ?? rad.Funksjonsomrade} (regulert budsjett − regnskap)");
            }
            var utenfor = tabell.Rader.Where(r => ctx.Katalog?.Fo(r.Funksjonsomrade)?.UtenforDrift == true).Select(r => r.Tall).ToList();
            var drift = tabell.Rader.Where(r => ctx.Katalog?.Fo(r.Funksjonsomrade)?.UtenforDrift != true).Select(r => r.Tall).ToList();
            foreach (var kolonne in Shapes.OkonomiKolonner)
            {
                var sumDrift = Beregning.Sum(drift, kolonne);
                if (tabell.SumDrift is { } sd)
                {
                    ctx.SjekkTrykt(sd[kolonne], sumDrift, Codes.Tabell01Sum, $"{tabell.SumDriftNavn ?? "Sum drift"}, {Kolonnenavn.Okonomi(kolonne)}");
                }
                if (tabell.SumTotalt is { } st)
                {
                    // From the rows, like every other derived figure: a wrong subtotal is one finding, not two.
                    var total = sumDrift is { } g && Beregning.Sum(utenfor, kolonne) is { } u ? g + u : (decimal?)null;
                    ctx.SjekkTrykt(st[kolonne], total, Codes.Tabell01Sum, $"{tabell.SumTotaltNavn ?? "Sum totalt"}, {Kolonnenavn.Okonomi(kolonne)}");
                }
            }
            if (tabell.Art == "netto")
            {
                SjekkMotFo(ctx, tabell);
            }
        }
    }

    private static void SjekkMotFo(Regelkontekst ctx, Tabell01Blokk tabell)
    {
        foreach (var rad in tabell.Rader)
        {
            var fo = ctx.Rapport.Funksjonsomrader.FirstOrDefault(k => k.Funksjonsomrade == rad.Funksjonsomrade);
            if (fo is null)
            {
                continue; // a missing FO file is reported once, by the completeness rule
            }
            // Avvik is derived from the two budget columns, which are compared already: comparing it too
            // would report one wrong cell twice.
            foreach (var kolonne in Shapes.OkonomiKolonner.Where(k => k != "avvik"))
            {
                // Printed against printed: the FO table's own sum row, which its in-table check covers.
                ctx.SjekkTrykt(rad.Tall[kolonne], Beregning.FoNetto(fo, kolonne), Codes.Tabell01MotFo,
                    $"{rad.Navn ?? rad.Funksjonsomrade}, {Kolonnenavn.Okonomi(kolonne)}, mot sumraden i {fo.Id}.yaml");
            }
        }
    }
}
