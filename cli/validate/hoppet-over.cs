using Bydelsrapport.Load;
using Bydelsrapport.Model;

namespace Bydelsrapport.Validate;

/// <summary>A check that could not run because the source lacks the figures it needs, named so nobody mistakes silence for a pass.</summary>
public sealed record HoppetOver(string Fil, Position Posisjon, string Regler, string Grunn)
{
    public override string ToString() => $"{Fil}:{Posisjon.Line}:{Posisjon.Column}: hoppet over {Regler}: {Grunn}";

    /// <summary>Every table marked <c>ikke_tilgjengelig</c>, with the checks it would have fed.</summary>
    public static IEnumerable<HoppetOver> Finn(Dataset data) =>
        data.Rapporter.SelectMany(r => r.Kapitler.Values).SelectMany(k => k.AlleBlokker().OfType<TabellBase>()
            .Where(b => b.IkkeTilgjengelig is not null)
            .Select(b => new HoppetOver(b.Kilde.Fil, b.Kilde.Posisjon, ReglerFor(b, k), $"ikke tilgjengelig: {b.IkkeTilgjengelig}")))
            .OrderBy(h => h.Fil, StringComparer.Ordinal).ThenBy(h => h.Posisjon.Line);

    private static string ReglerFor(TabellBase b, Kapittel k) => b switch
    {
        OkonomiBlokk => $"{Codes.OkonomiAvvik}, {Codes.OkonomiSum}, {Codes.Tabell01MotFo} for {k.Funksjonsomrade ?? k.Id}",
        Tabell01Blokk => $"{Codes.Tabell01Avvik}, {Codes.Tabell01Sum}, {Codes.Tabell01MotFo}",
        InvesteringBlokk => $"{Codes.InvesteringAvvik}, {Codes.InvesteringSum}",
        IndikatorBlokk => Codes.IndikatorAvvik,
        NokkeltallBlokk => Codes.PlausibelAndel,
        _ => $"{Codes.TabellFormel}, {Codes.TabellSum}, {Codes.TabellKontroll}",
    };
}
