using System.Text.RegularExpressions;
using Bydelsrapport.Compute;
using Bydelsrapport.Model;

namespace Bydelsrapport.Validate.Rules;

/// <summary>
/// Across files: a coverage rate (dekningsgrad) against the population. A nøkkeltall row that declares
/// <c>dekningsgrad: {antall, befolkning}</c> states, for year Y, antall[Y] / population of that age group
/// at 1 January Y+1 (the befolkning table's column for that date) × 100. Counts and population are
/// snapshots a few weeks apart, so only a difference over 0.1 percentage point, or over the printed
/// rounding (half a unit of the last printed digit: 80 % stands for 79.5–80.5), is reported (a warning).
/// </summary>
public sealed partial class DekningsgradRegel : IRegel
{
    private const decimal Toleranse = 0.1m;

    public void Sjekk(Regelkontekst ctx)
    {
        var blokker = ctx.Rapport.Kapitler.Values.SelectMany(k => k.AlleBlokker()).ToList();
        var befolkning = blokker.OfType<TabellBlokk>().FirstOrDefault(t => t.Rolle == "befolkning" && t.IkkeTilgjengelig is null);
        foreach (var tabell in blokker.OfType<NokkeltallBlokk>().Where(b => b.IkkeTilgjengelig is null))
        {
            foreach (var rad in tabell.Rader.Where(r => r.Dekningsgrad is not null))
            {
                var (antallId, alderId) = rad.Dekningsgrad!.Value;
                var antall = tabell.Rader.FirstOrDefault(r => r.Id == antallId);
                var alder = befolkning?.Rader.FirstOrDefault(r => r.Id == alderId);
                if (antall is null || befolkning is null || alder is null)
                {
                    ctx.Feil(rad.Kilde with { Sti = rad.Kilde.Sti + ".dekningsgrad" }, Codes.RefRad,
                        antall is null ? $"dekningsgrad viser til raden «{antallId}», som ikke finnes i tabellen."
                        : befolkning is null ? "dekningsgrad trenger rapportens befolkningstabell (rolle: befolkning), som mangler eller er uten tall."
                        : $"dekningsgrad viser til raden «{alderId}», som ikke finnes i befolkningstabellen.");
                    continue;
                }
                var beregning = new Tabellberegning(befolkning);
                foreach (var (ar, celle) in rad.Verdier)
                {
                    var kolonne = befolkning.Kolonner.FirstOrDefault(k => k.Type == "tall" && Aar(k.Tittel) == ar + 1);
                    if (celle.Tall is not { } trykt || kolonne is null
                        || antall.Verdier.GetValueOrDefault(ar)?.Tall is not { } barn || beregning.Verdi(alder, kolonne.Id) is not { } folk || folk == 0)
                    {
                        continue;
                    }
                    var beregnet = barn / folk * 100;
                    var avrunding = 0.5m / (decimal)Math.Pow(10, trykt.Scale);
                    if (Math.Abs(trykt - beregnet) > Math.Max(Toleranse, avrunding))
                    {
                        ctx.Advarsel(celle.Kilde, Codes.Dekningsgrad,
                            $"Dekningsgrad {ar}: trykt {Tallformat.Tall(trykt)} %, men {Tallformat.Tall(barn)} / {Tallformat.Tall(folk)} (befolkningen per {kolonne.Tittel}) = {Tallformat.Tall(beregnet, 1)} %. Sjekk tallene mot kilden.");
                    }
                }
            }
        }
    }

    private static int? Aar(string? tittel) =>
        tittel is not null && Ar().Match(tittel) is { Success: true } m ? int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    [GeneratedRegex("(19|20)[0-9]{2}")]
    private static partial Regex Ar();
}
