using Bydelsrapport.Model;

namespace Bydelsrapport.Validate.Rules;

/// <summary>Plausibility: a share (prosent) outside 0–100 is probably a slip. A warning, never an error.</summary>
public sealed class PlausibilitetRegel : IRegel
{
    public void Sjekk(Regelkontekst ctx)
    {
        var katalog = ctx.Katalog;
        foreach (var kapittel in ctx.Rapport.Kapitler.Values)
        {
            var fo = kapittel.Funksjonsomrade is { } id ? katalog?.Fo(id) : null;
            foreach (var blokk in kapittel.AlleBlokker())
            {
                var andeler = blokk switch
                {
                    // A computed ratio (formel andel(...)) may pass 100 (women's pay as a share of men's); its formula is checked instead.
                    TabellBlokk t => t.Rader.SelectMany(r => t.Kolonner.Where(k => k.Type == "prosent" && k.Formel is null)
                        .Select(k => r.Celler.GetValueOrDefault(k.Id))),
                    NokkeltallBlokk n => n.Rader.Where(r => r.Enhet == "prosent").SelectMany(r => r.Verdier.Values.Concat(r.UplasserteVerdier)),
                    IndikatorBlokk i => i.Rader
                        .Where(r => fo?.Indikatorer.FirstOrDefault(x => x.Id == r.Indikator)?.Enhet == "prosent")
                        .SelectMany(r => r.Resultater.Values.Append(r.Maltall)),
                    _ => [],
                };
                foreach (var celle in andeler)
                {
                    if (celle?.Regneverdi is { } v && (v < 0 || v > 100))
                    {
                        ctx.Advarsel(celle.Kilde, Codes.PlausibelAndel,
                            $"Andelen {Tallformat.Tall(v)} % ligger utenfor 0–100. Sjekk tallet mot kilden.");
                    }
                }
            }
        }
    }
}
