using Bydelsrapport.Load;
using Bydelsrapport.Validate;
using Xunit;

namespace Bydelsrapport.Tests;

/// <summary>
/// Alna, Bjerke and Stovner: every arithmetic and cross-table mismatch that the inventories
/// (../shared/research/seed-00N-*.md §3) list, and that the published reports really print, is found
/// at its file and line with its level and rule, and acknowledged in the bydel's baseline with the
/// seed line. (Gamle Oslo has its own test with the inventory's item numbers.)
/// </summary>
public sealed class InventarFunnTests
{
    /// <summary>(inventory reference as the baseline groups it, file, line, level, rule code).</summary>
    public static readonly TheoryData<string, string, int, Level, string> Ventet = new()
    {
        { "§3.2", "alna/2024/fo1.yaml", 296, Level.Advarsel, "okonomi-avvik" },
        { "§3.2", "alna/2024/fo1.yaml", 304, Level.Advarsel, "okonomi-sum" },
        { "§3.2", "alna/2024/fo1.yaml", 305, Level.Advarsel, "okonomi-sum" },
        { "§3.2", "alna/2024/fo2a.yaml", 319, Level.Advarsel, "okonomi-avvik" },
        { "§3.2", "alna/2024/fo2a.yaml", 321, Level.Advarsel, "okonomi-avvik" },
        { "§3.2", "alna/2024/fo2b.yaml", 122, Level.Advarsel, "okonomi-avvik" },
        { "§3.2", "alna/2024/fo2b.yaml", 123, Level.Advarsel, "okonomi-avvik" },
        { "§3.2", "alna/2024/fo2b.yaml", 127, Level.Advarsel, "okonomi-sum" },
        { "§3.2", "alna/2024/fo2b.yaml", 128, Level.Advarsel, "okonomi-sum" },
        { "§3.2", "alna/2024/fo2c.yaml", 293, Level.Advarsel, "okonomi-sum" },
        { "§3.2", "alna/2024/fo2c.yaml", 294, Level.Advarsel, "okonomi-sum" },
        { "§3.1 nr. 10", "alna/2024/fo2c.yaml", 541, Level.Advarsel, "tabell-sum" },
        { "§3.2", "alna/2024/fo4.yaml", 147, Level.Advarsel, "okonomi-avvik" },
        { "§3.2", "alna/2024/fo4.yaml", 168, Level.Advarsel, "okonomi-avvik" },
        { "§3.2", "alna/2024/fo4.yaml", 175, Level.Advarsel, "okonomi-avvik" },
        { "§3.2", "alna/2024/fo4.yaml", 194, Level.Advarsel, "okonomi-sum" },
        { "§3.2", "alna/2024/fo4.yaml", 195, Level.Advarsel, "okonomi-sum" },
        { "§3.2", "alna/2024/fo4.yaml", 196, Level.Advarsel, "okonomi-sum" },
        { "§3.2", "alna/2024/fo4.yaml", 198, Level.Advarsel, "okonomi-sum" },
        { "§3.2", "alna/2024/fo4.yaml", 213, Level.Advarsel, "okonomi-avvik" },
        { "§3.2", "alna/2024/fo4.yaml", 221, Level.Advarsel, "okonomi-sum" },
        { "§3.1 nr. 2–3", "alna/2024/fo4.yaml", 566, Level.Feil, "indikator-avvik" },
        { "§3.1 nr. 2–3", "alna/2024/fo4.yaml", 571, Level.Feil, "indikator-avvik" },
        { "§3.1 nr. 4–5", "alna/2024/sarskilt-rapportering.yaml", 309, Level.Feil, "tabell-formel" },
        { "§3.1 nr. 4–5", "alna/2024/sarskilt-rapportering.yaml", 311, Level.Feil, "tabell-formel" },
        { "§3.1 nr. 6–7", "alna/2024/sarskilt-rapportering.yaml", 314, Level.Advarsel, "tabell-kontroll" },
        { "§3.1 nr. 6–7", "alna/2024/sarskilt-rapportering.yaml", 318, Level.Advarsel, "tabell-kontroll" },
        { "§3.2", "alna/2024/tabell-0-1.yaml", 56, Level.Advarsel, "tabell-0-1-avvik" },
        { "§3.2", "alna/2024/tabell-0-1.yaml", 63, Level.Advarsel, "tabell-0-1-avvik" },
        { "§3.2", "alna/2024/tabell-0-1.yaml", 75, Level.Advarsel, "tabell-0-1-sum" },
        { "§3.2", "alna/2024/tabell-0-1.yaml", 76, Level.Advarsel, "tabell-0-1-sum" },
        { "§3.2", "alna/2024/tabell-0-1.yaml", 79, Level.Advarsel, "tabell-0-1-sum" },
        { "§3.2", "alna/2024/tabell-0-1.yaml", 83, Level.Advarsel, "tabell-0-1-sum" },
        { "§3.2", "alna/2024/tabell-0-1.yaml", 84, Level.Advarsel, "tabell-0-1-sum" },
        { "§3.2", "alna/2024/tabell-0-1.yaml", 86, Level.Advarsel, "tabell-0-1-sum" },
        { "§3.2", "alna/2024/tabell-0-1.yaml", 87, Level.Advarsel, "tabell-0-1-sum" },
        { "§3.1 nr. 1", "alna/2024/tabell-0-1.yaml", 98, Level.Feil, "tabell-0-1-mot-fo" },
        { "§3.2", "alna/2024/tabell-0-1.yaml", 134, Level.Advarsel, "tabell-0-1-mot-fo" },
        { "§3.2", "alna/2024/tabell-0-1.yaml", 137, Level.Advarsel, "tabell-0-1-mot-fo" },
        { "§3.2", "alna/2024/tabell-0-1.yaml", 141, Level.Advarsel, "tabell-0-1-sum" },
        { "§3.2", "alna/2024/tabell-0-1.yaml", 149, Level.Feil, "tabell-0-1-sum" },
        { "seed-002 §3.2", "bjerke/2024/fo1.yaml", 115, Level.Advarsel, "okonomi-avvik" },
        { "seed-002 §3.2", "bjerke/2024/fo1.yaml", 134, Level.Advarsel, "okonomi-avvik" },
        { "seed-002 §3.2", "bjerke/2024/fo1.yaml", 173, Level.Advarsel, "okonomi-avvik" },
        { "seed-002 §3.2", "bjerke/2024/fo1.yaml", 188, Level.Advarsel, "okonomi-sum" },
        { "seed-002 §3.2", "bjerke/2024/fo1.yaml", 189, Level.Advarsel, "okonomi-sum" },
        { "seed-002 §3.2", "bjerke/2024/fo1.yaml", 191, Level.Advarsel, "okonomi-sum" },
        { "seed-002 §3.2", "bjerke/2024/fo1.yaml", 192, Level.Advarsel, "okonomi-sum" },
        { "seed-002 §3.2", "bjerke/2024/fo2a.yaml", 128, Level.Advarsel, "okonomi-sum" },
        { "seed-002 §3.2", "bjerke/2024/fo2a.yaml", 132, Level.Advarsel, "okonomi-sum" },
        { "Bjerke 2024 (seed-002 §3.1 reelle avvik)", "bjerke/2024/fo2a.yaml", 396, Level.Feil, "indikator-avvik" },
        { "seed-002 §3.2", "bjerke/2024/fo2b.yaml", 99, Level.Advarsel, "okonomi-sum" },
        { "seed-002 §3.2", "bjerke/2024/fo2c.yaml", 129, Level.Advarsel, "okonomi-avvik" },
        { "seed-002 §3.2", "bjerke/2024/fo2c.yaml", 135, Level.Advarsel, "okonomi-avvik" },
        { "seed-002 §3.2", "bjerke/2024/fo2c.yaml", 138, Level.Advarsel, "okonomi-sum" },
        { "seed-002 §3.2", "bjerke/2024/fo2c.yaml", 139, Level.Advarsel, "okonomi-sum" },
        { "seed-002 §2 T17 / §3.4", "bjerke/2024/fo2c.yaml", 367, Level.Advarsel, "plausibel-andel" },
        { "seed-002 §2 T17 / §3.4", "bjerke/2024/fo2c.yaml", 367, Level.Advarsel, "plausibel-andel" },
        { "seed-002 §2 T17 / §3.4", "bjerke/2024/fo2c.yaml", 370, Level.Advarsel, "plausibel-andel" },
        { "seed-002 §2 T17 / §3.4", "bjerke/2024/fo2c.yaml", 370, Level.Advarsel, "plausibel-andel" },
        { "seed-002 §3.2", "bjerke/2024/fo3.yaml", 103, Level.Advarsel, "okonomi-avvik" },
        { "seed-002 §3.2", "bjerke/2024/fo3.yaml", 110, Level.Advarsel, "okonomi-avvik" },
        { "seed-002 §3.2", "bjerke/2024/fo3.yaml", 124, Level.Advarsel, "okonomi-avvik" },
        { "seed-002 §3.2", "bjerke/2024/fo3.yaml", 149, Level.Advarsel, "okonomi-sum" },
        { "seed-002 §3.2", "bjerke/2024/fo3.yaml", 150, Level.Advarsel, "okonomi-sum" },
        { "seed-002 §3.2", "bjerke/2024/fo3.yaml", 153, Level.Advarsel, "okonomi-sum" },
        { "seed-002 §3.2", "bjerke/2024/fo4.yaml", 160, Level.Advarsel, "okonomi-avvik" },
        { "seed-002 §3.2", "bjerke/2024/fo4.yaml", 200, Level.Advarsel, "okonomi-sum" },
        { "seed-002 §3.2", "bjerke/2024/fo4.yaml", 201, Level.Advarsel, "okonomi-sum" },
        { "seed-002 §3.2", "bjerke/2024/fo4.yaml", 202, Level.Advarsel, "okonomi-sum" },
        { "Bjerke 2024 (seed-002 §3.1 reelle avvik)", "bjerke/2024/fo4.yaml", 562, Level.Feil, "indikator-avvik" },
        { "Bjerke 2024 (seed-002 §3.1 reelle avvik)", "bjerke/2024/sarskilt-rapportering.yaml", 233, Level.Advarsel, "tabell-kontroll" },
        { "Bjerke 2024 (seed-002 §3.1 reelle avvik)", "bjerke/2024/sarskilt-rapportering.yaml", 291, Level.Advarsel, "tabell-kontroll" },
        { "Bjerke 2024 (seed-002 §3.1 reelle avvik)", "bjerke/2024/sarskilt-rapportering.yaml", 380, Level.Feil, "tabell-sum" },
        { "Bjerke 2024 (seed-002 §3.1 reelle avvik)", "bjerke/2024/situasjon.yaml", 92, Level.Feil, "tabell-sum" },
        { "Bjerke 2024 (seed-002 §3.1 reelle avvik)", "bjerke/2024/situasjon.yaml", 92, Level.Feil, "tabell-sum" },
        { "Bjerke 2024 (seed-002 §3.1 reelle avvik)", "bjerke/2024/situasjon.yaml", 92, Level.Feil, "tabell-sum" },
        { "Bjerke 2024 (seed-002 §3.1 reelle avvik)", "bjerke/2024/situasjon.yaml", 92, Level.Feil, "tabell-sum" },
        { "Bjerke 2024 (seed-002 §3.1 reelle avvik)", "bjerke/2024/tabell-0-1.yaml", 90, Level.Feil, "tabell-0-1-mot-fo" },
        { "seed-002 §3.2", "bjerke/2024/tabell-0-1.yaml", 126, Level.Advarsel, "tabell-0-1-mot-fo" },
        { "seed-002 §3.2", "bjerke/2024/tabell-0-1.yaml", 128, Level.Advarsel, "tabell-0-1-mot-fo" },
        { "seed-002 §3.2", "bjerke/2024/tabell-0-1.yaml", 129, Level.Advarsel, "tabell-0-1-mot-fo" },
        { "Stovner 2024 (seed-003 §2 T22, §3.4 nr. 6)", "stovner/2024/fo4.yaml", 382, Level.Advarsel, "plausibel-andel" },
        { "Stovner 2024 (seed-003 §3.1)", "stovner/2024/situasjon.yaml", 32, Level.Feil, "tabell-formel" },
        { "Stovner 2024 (seed-003 §3.1)", "stovner/2024/situasjon.yaml", 33, Level.Feil, "tabell-formel" },
    };

    private static readonly Lazy<Valideringsresultat> Resultat = new(() => Validator.Validate(Loader.Load(Repo.Data)));

    [Theory]
    [MemberData(nameof(Ventet))]
    public void Funnet_der_rapporten_trykker_det(string inventar, string fil, int linje, Level niva, string kode)
    {
        // Several cells of one printed row share a line: as many findings there as the list expects.
        var antall = Ventet.Count(r => (string)r[1] == fil && (int)r[2] == linje && (string)r[4] == kode);
        var funn = Resultat.Value.Funn.Where(f => f.File == fil && f.Position.Line == linje && f.Code == kode && f.Level == niva).ToList();
        Assert.Equal(antall, funn.Count);
        Assert.All(funn, f => Assert.True(f.Acknowledged is not null, $"{inventar}: {f}"));
    }

    [Fact]
    public void Ingenting_annet_i_disse_bydelene()
    {
        var ventet = Ventet.Select(r => ((string)r[1], (int)r[2], (string)r[4])).ToList();
        var bydeler = new[] { "alna/", "bjerke/", "stovner/" };
        var funn = Resultat.Value.Funn.Where(f => bydeler.Any(b => f.File.StartsWith(b, StringComparison.Ordinal))).ToList();
        Assert.Equal(ventet.Count, funn.Count);
        Assert.All(funn, f => Assert.Contains((f.File, f.Position.Line, f.Code), ventet));
    }
}
