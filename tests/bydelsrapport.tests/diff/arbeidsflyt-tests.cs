using Bydelsrapport.Load;
using Bydelsrapport.Validate;
using Xunit;

namespace Bydelsrapport.Tests.Diff;

/// <summary>
/// The GitHub Actions workflow the city's repository uses as it is: valid YAML of the shape Actions
/// reads, full history for diff, and only the repo's own commands (plus the standard checkout,
/// .NET and Pages actions). actionlint is not installable here, so the checks are ours.
/// </summary>
public sealed class ArbeidsflytTests
{
    private static readonly string Fil = Path.Combine(Repo.Root, ".github", "workflows", "bydelsrapport.yml");

    private static YamlMapping Les()
    {
        var funn = new List<Finding>();
        var node = YamlReader.Read(Fil, File.ReadAllText(Fil), funn);
        Assert.Empty(funn);
        return Assert.IsType<YamlMapping>(node);
    }

    private static IEnumerable<YamlMapping> Steg(YamlMapping jobb) =>
        ((YamlSequence)jobb["steps"]!).Items.Cast<YamlMapping>();

    private static string Tekst(YamlNode? n) => (n as YamlScalar)?.Value ?? "";

    [Fact]
    public void Kjører_på_pull_request_og_main()
    {
        var on = (YamlMapping)Les()["on"]!;
        Assert.NotNull(on["pull_request"]);
        Assert.Contains("main", ((YamlSequence)((YamlMapping)on["push"]!)["branches"]!).Items.Select(Tekst));
    }

    [Fact]
    public void Pull_request_validerer_sjekker_rapportene_og_skriver_diff_med_full_historikk()
    {
        var jobb = (YamlMapping)((YamlMapping)Les()["jobs"]!)["kontroll"]!;
        var steg = Steg(jobb).ToList();
        var checkout = steg.Single(s => Tekst(s["uses"]).StartsWith("actions/checkout@", StringComparison.Ordinal));
        Assert.Equal("0", Tekst(((YamlMapping)checkout["with"]!)["fetch-depth"]));
        var kommandoer = steg.Select(s => Tekst(s["run"])).Where(r => r.Length > 0).ToList();
        Assert.Contains(kommandoer, k => k.Contains("-- validate --format github", StringComparison.Ordinal));
        Assert.Contains(kommandoer, k => k.Contains("-- build --check", StringComparison.Ordinal));
        Assert.Contains(kommandoer, k => k.Contains("-- diff ", StringComparison.Ordinal) && k.Contains(">> \"$GITHUB_STEP_SUMMARY\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Main_bygger_og_publiserer_på_github_pages()
    {
        var jobb = (YamlMapping)((YamlMapping)Les()["jobs"]!)["publiser"]!;
        var rettigheter = (YamlMapping)jobb["permissions"]!;
        Assert.Equal("write", Tekst(rettigheter["pages"]));
        Assert.Equal("write", Tekst(rettigheter["id-token"]));
        var steg = Steg(jobb).ToList();
        Assert.Contains(steg, s => Tekst(s["run"]).Contains("-- build --ut _site", StringComparison.Ordinal));
        Assert.Contains(steg, s => Tekst(s["uses"]).StartsWith("actions/deploy-pages@", StringComparison.Ordinal));
    }

    [Fact]
    public void Bruker_bare_repoets_egne_kommandoer_og_kjente_handlinger()
    {
        var tillatt = new[] { "actions/checkout@", "actions/setup-dotnet@", "actions/upload-pages-artifact@", "actions/deploy-pages@" };
        foreach (var jobb in ((YamlMapping)Les()["jobs"]!).Entries.Select(e => (YamlMapping)e.Value))
        {
            Assert.NotNull(jobb["runs-on"]);
            foreach (var s in Steg(jobb))
            {
                var uses = Tekst(s["uses"]);
                var run = Tekst(s["run"]);
                Assert.True(uses.Length > 0 ^ run.Length > 0, "Et steg har enten uses eller run.");
                if (uses.Length > 0)
                {
                    Assert.Contains(tillatt, t => uses.StartsWith(t, StringComparison.Ordinal));
                }
                else
                {
                    Assert.StartsWith("dotnet run --project cli -- ", run, StringComparison.Ordinal);
                }
            }
        }
    }
}
