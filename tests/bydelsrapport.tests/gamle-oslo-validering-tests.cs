using Bydelsrapport.Load;
using Bydelsrapport.Validate;
using Xunit;

namespace Bydelsrapport.Tests;

/// <summary>
/// The published Gamle Oslo 2024 report has 27 places where its figures disagree
/// (../shared/research/seed-000-gamle-oslo.md §3.1). Validation of our transcription must find
/// items 1–21 (22–27 compare narrative with tables: out of scope), each at its file and line,
/// and nothing else.
/// </summary>
public sealed class GamleOsloValideringTests
{
    private const string Fo = "gamle-oslo/2024/";

    /// <summary>(inventory item, file, line, level, rule code). ±1 in the last printed digit is a warning.</summary>
    public static readonly TheoryData<int, string, int, Level, string> Ventet = new()
    {
        { 1, "fo2b.yaml", 77, Level.Advarsel, Codes.OkonomiSum },
        { 2, "fo2b.yaml", 79, Level.Advarsel, Codes.OkonomiSum },
        { 3, "fo2b.yaml", 81, Level.Advarsel, Codes.OkonomiSum },
        { 4, "fo4.yaml", 131, Level.Advarsel, Codes.OkonomiSum },
        { 5, "fo4.yaml", 132, Level.Advarsel, Codes.OkonomiSum },
        { 6, "fo1.yaml", 179, Level.Feil, Codes.IndikatorAvvik },
        { 7, "fo4.yaml", 241, Level.Feil, Codes.IndikatorAvvik },
        { 8, "fo4.yaml", 267, Level.Feil, Codes.IndikatorAvvik },
        { 9, "fo4.yaml", 273, Level.Feil, Codes.IndikatorAvvik },
        { 10, "fo3.yaml", 218, Level.Feil, Codes.IndikatorAvvik },
        { 11, "fo3.yaml", 223, Level.Feil, Codes.IndikatorAvvik },
        { 12, "fo3.yaml", 228, Level.Feil, Codes.IndikatorAvvik },
        { 13, "sarskilt-rapportering.yaml", 185, Level.Advarsel, Codes.TabellFormel },
        { 14, "sarskilt-rapportering.yaml", 187, Level.Advarsel, Codes.TabellFormel },
        { 15, "sarskilt-rapportering.yaml", 225, Level.Advarsel, Codes.TabellKontroll },
        { 16, "sarskilt-rapportering.yaml", 228, Level.Advarsel, Codes.TabellKontroll },
        { 17, "tabell-0-1.yaml", 87, Level.Advarsel, Codes.Tabell01MotFo },
        { 18, "tabell-0-1.yaml", 88, Level.Advarsel, Codes.Tabell01MotFo },
        { 19, "tabell-0-1.yaml", 113, Level.Advarsel, Codes.Tabell01MotFo },
        { 20, "tabell-0-1.yaml", 115, Level.Advarsel, Codes.Tabell01MotFo },
        { 21, "tabell-0-1.yaml", 116, Level.Advarsel, Codes.Tabell01MotFo },
    };

    private static readonly Lazy<Valideringsresultat> Resultat = new(() => Validator.Validate(Loader.Load(Repo.Data)));

    private static IEnumerable<Finding> GamleOslo => Resultat.Value.Funn.Where(f => f.File.StartsWith(Fo, StringComparison.Ordinal) || f.Code == Codes.BaselineUbrukt);

    [Theory]
    [MemberData(nameof(Ventet))]
    public void Finner_hver_trykte_feil_der_den_står(int nummer, string fil, int linje, Level niva, string kode)
    {
        var funn = GamleOslo.Where(f => f.File == Fo + fil && f.Position.Line == linje && f.Code == kode).ToList();
        var f = Assert.Single(funn);
        Assert.Equal(niva, f.Level);
        Assert.NotNull(f.Acknowledged); // the baseline cites the seed line for item {nummer}
        Assert.True(nummer is >= 1 and <= 21);
    }

    [Fact]
    public void Rapporterer_ingenting_annet()
    {
        var ventet = Ventet.Select(r => ((string)r[1], (int)r[2], (string)r[4])).ToHashSet();
        var annet = GamleOslo.Where(f => !ventet.Contains((f.File[Fo.Length..], f.Position.Line, f.Code))).ToList();
        Assert.True(annet.Count == 0, "Uventede funn:\n" + string.Join("\n", annet));
        Assert.Equal(Ventet.Count, GamleOslo.Count());
    }

    [Fact]
    public void Validering_av_repoet_gir_nøyaktig_det_baseline_godkjenner()
    {
        // Every bydel: what validation finds is exactly what the baselines record (no unused entry,
        // no unacknowledged finding, not even a warning).
        var ukjent = Resultat.Value.Funn.Where(f => f.Acknowledged is null).ToList();
        Assert.True(ukjent.Count == 0, string.Join("\n", ukjent));
    }

    [Fact]
    public void Hele_datatreet_feiler_ikke_med_baseline()
    {
        Assert.False(Resultat.Value.Feiler, string.Join("\n", Resultat.Value.Funn.Where(f => f.Fails)));
    }
}
