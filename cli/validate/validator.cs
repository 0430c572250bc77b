using Bydelsrapport.Load;
using Bydelsrapport.Validate.Rules;

namespace Bydelsrapport.Validate;

/// <summary>The outcome of validation: every finding, sorted, with those the baseline acknowledges marked.</summary>
public sealed record Valideringsresultat(IReadOnlyList<Finding> Funn)
{
    public IReadOnlyList<HoppetOver> HoppetOver { get; init; } = [];

    public bool Feiler => Funn.Any(f => f.Fails);

    public int Feil => Funn.Count(f => f.Level == Level.Feil && f.Acknowledged is null);

    public int Advarsler => Funn.Count(f => f.Level == Level.Advarsel && f.Acknowledged is null);

    public int Godkjent => Funn.Count(f => f.Acknowledged is not null);
}

/// <summary>Validate stage: runs every rule over every report, then applies the baseline.</summary>
public static class Validator
{
    public static readonly IReadOnlyList<IRegel> Regler =
    [
        new ReferanseRegel(),
        new OkonomiRegel(),
        new Tabell01Regel(),
        new IndikatorRegel(),
        new TabellRegel(),
        new InvesteringRegel(),
        new FullstendighetRegel(),
        new PlausibilitetRegel(),
        new DekningsgradRegel(),
        new UferdigRegel(),
    ];

    /// <param name="streng">Unfinished work (TODO, empty figures) is an error, not a warning: for CI before publishing.</param>
    public static Valideringsresultat Validate(Dataset data, bool streng = false)
    {
        var findings = new List<Finding>(data.LoadFindings);
        foreach (var rapport in data.Rapporter)
        {
            var ctx = new Regelkontekst(rapport, data.Kataloger.GetValueOrDefault(rapport.Ar), findings);
            foreach (var regel in Regler)
            {
                regel.Sjekk(ctx);
            }
        }
        if (streng)
        {
            for (var i = 0; i < findings.Count; i++)
            {
                if (findings[i].Code == Codes.Uferdig)
                {
                    findings[i] = findings[i] with { Level = Level.Feil };
                }
            }
        }
        var result = Baseline.Apply(data.Baseline, findings);
        result.Sort(Finding.Compare);
        return new Valideringsresultat(result) { HoppetOver = Bydelsrapport.Validate.HoppetOver.Finn(data).ToList() };
    }
}
