using Bydelsrapport.Model;

namespace Bydelsrapport.Validate.Rules;

/// <summary>
/// Every FO of the catalogue has its file, and every Tiltak and indicator the city defines for an FO
/// is reported on or marked <c>ikke_rapportert</c> with a reason.
/// </summary>
public sealed class FullstendighetRegel : IRegel
{
    public void Sjekk(Regelkontekst ctx)
    {
        if (ctx.Katalog is not { } katalog)
        {
            return;
        }
        foreach (var fo in katalog.Funksjonsomrader)
        {
            var kapittel = ctx.Rapport.Funksjonsomrader.FirstOrDefault(k => k.Funksjonsomrade == fo.Id);
            if (kapittel is null)
            {
                if (!ctx.Rapport.KapittelIder.Contains(fo.Id))
                {
                    ctx.Advarsel(ctx.Rapport.Kilde with { Sti = "kapitler" }, Codes.FullstendigFil,
                        $"Funksjonsområdet {fo.Id} ({fo.Navn}) har ingen fil i {ctx.Rapport.Mappe}. Lag {fo.Id}.yaml og før det opp i kapitler.");
                }
                continue;
            }
            var malBlokker = kapittel.AlleBlokker().OfType<MalBlokk>().ToList();
            var tiltak = malBlokker.SelectMany(m => m.Tiltak).Select(t => t.Tiltak).ToHashSet();
            var utelatteMal = malBlokker.Where(m => m.IkkeRapportert is not null).Select(m => m.Mal).ToHashSet();
            foreach (var mal in fo.Mal.Where(m => !utelatteMal.Contains(m.Id)))
            {
                foreach (var t in mal.Tiltak.Where(t => !tiltak.Contains(t.Id)))
                {
                    ctx.Advarsel(kapittel.FunksjonsomradeKilde ?? kapittel.Kilde, Codes.FullstendigTiltak,
                        $"Tiltak {t.Id} («{Kort(t.Tekst)}») under mål {mal.Id} er verken rapportert eller merket ikke_rapportert med en grunn.");
                }
            }
            var indikatorer = kapittel.AlleBlokker().OfType<IndikatorBlokk>().SelectMany(b => b.Rader).Select(r => r.Indikator).ToHashSet();
            foreach (var i in fo.Indikatorer.Where(i => !indikatorer.Contains(i.Id)))
            {
                ctx.Advarsel(kapittel.FunksjonsomradeKilde ?? kapittel.Kilde, Codes.FullstendigIndikator,
                    $"Resultatindikatoren {i.Id} («{Kort(i.Navn)}») er verken rapportert eller merket ikke_rapportert med en grunn.");
            }
        }
    }

    private static string Kort(string tekst) => tekst.Length <= 60 ? tekst : tekst[..57] + "…";
}
