using Bydelsrapport.Compute;
using Bydelsrapport.Load;
using Bydelsrapport.Model;

namespace Bydelsrapport.Validate;

/// <summary>One validation rule over one report. New rules are new classes, listed in <see cref="Validator.Regler"/>.</summary>
public interface IRegel
{
    void Sjekk(Regelkontekst ctx);
}

/// <summary>What a rule sees: the report, its year's catalogue, and a place to put findings.</summary>
public sealed class Regelkontekst(Rapport rapport, Katalog? katalog, List<Finding> findings)
{
    public Rapport Rapport => rapport;

    public Katalog? Katalog => katalog;

    public void Feil(Kilde k, string code, string message) =>
        findings.Add(Finding.Error(k.Fil, k.Posisjon, k.Sti, code, message));

    public void Advarsel(Kilde k, string code, string message) =>
        findings.Add(Finding.Warning(k.Fil, k.Posisjon, k.Sti, code, message));

    /// <summary>
    /// Checks a printed derived figure against the computed one: one unit of the last printed digit
    /// is a rounding difference (a warning), more is an error.
    /// </summary>
    public void SjekkTrykt(Celle? trykt, decimal? beregnet, string code, string hva)
    {
        if (trykt?.Tall is not { } t || beregnet is not { } b)
        {
            return;
        }
        var s = Avrunding.Sammenlign(t, b);
        if (s.Lik)
        {
            return;
        }
        var message = $"{hva}: trykt {Tallformat.Tall(t)}, beregnet {Tallformat.Tall(s.Avrundet)}.";
        if (s.Avrundingsforskjell)
        {
            Advarsel(trykt.Kilde, code, message + " Avviket er én enhet i siste siffer (avrunding). Rett tallet, eller godkjenn det i baseline hvis rapporten trykte det slik.");
        }
        else
        {
            Feil(trykt.Kilde, code, message + " Rett tallet, eller godkjenn det i baseline hvis rapporten trykte det slik.");
        }
    }
}
