using System.Text.Json;
using Bydelsrapport.Commands;
using Bydelsrapport.Tests.Spec;
using Xunit;

namespace Bydelsrapport.Tests.Cli;

/// <summary>The command line end to end, in process, on temporary copies of the repo's real data (catalogue + Gamle Oslo).</summary>
public sealed class CliTests : IDisposable
{
    private readonly Fixture _repo = Fixture.MedEkteData();

    public void Dispose() => _repo.Dispose();

    private string Data => Path.Combine(_repo.Root, "data");

    private (int Kode, string Ut, string Feil) Kjør(params string[] args)
    {
        var ut = new StringWriter();
        var feil = new StringWriter();
        var kode = Bydelsrapport.Commands.Cli.Run(args, ut, feil);
        return (kode, ut.ToString(), feil.ToString());
    }

    [Fact]
    public void Validate_gir_0_på_ekte_data_og_1_når_et_tall_er_feil()
    {
        Assert.Equal(0, Kjør("validate", "--data", Data).Kode);
        Erstatt("gamle-oslo/2024/fo2b.yaml", "regnskap: 84149", "regnskap: 85149");
        var (kode, ut, _) = Kjør("validate", "--data", Data);
        Assert.Equal(1, kode);
        Assert.Contains("fo2b.yaml:", ut, StringComparison.Ordinal);
        Assert.Contains("feil okonomi-avvik", ut, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_format_github_gir_annotasjoner_og_json_er_gyldig()
    {
        Erstatt("gamle-oslo/2024/fo2b.yaml", "regnskap: 84149", "regnskap: 85149");
        var (_, github, _) = Kjør("validate", "--data", Data, "--format", "github");
        var linjer = github.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(linjer, l => l.StartsWith("::error file=", StringComparison.Ordinal) && l.Contains("fo2b.yaml,line=", StringComparison.Ordinal) && l.Contains(",col=", StringComparison.Ordinal));
        Assert.Contains(linjer, l => l.StartsWith("::notice file=", StringComparison.Ordinal)); // baselined findings
        var (_, json, _) = Kjør("validate", "--data", Data, "--format", "json");
        using var doc = JsonDocument.Parse(json);
        Assert.True(doc.RootElement.GetProperty("feil").GetInt32() >= 1);
        Assert.Contains(doc.RootElement.GetProperty("funn").EnumerateArray(), f => f.GetProperty("kode").GetString() == "okonomi-avvik" && f.GetProperty("sti").GetString()!.EndsWith(".avvik", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_med_sti_viser_bare_funn_under_stien()
    {
        var (kode, ut, _) = Kjør("validate", Path.Combine(Data, "gamle-oslo", "2024", "fo2b.yaml"));
        Assert.Equal(0, kode);
        var funn = ut.Split('\n', StringSplitOptions.RemoveEmptyEntries).SkipLast(1).ToList();
        Assert.Equal(3, funn.Count);
        Assert.All(funn, l => Assert.Contains("fo2b.yaml:", l, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("valider")]
    [InlineData("validate", "--format", "xml")]
    [InlineData("validate", "/finnes/ikke")]
    [InlineData("build", "--bydel", "gamle-osl")]
    [InlineData("new", "bydel", "Store Bokstaver", "--år", "2024")]
    public void Feil_bruk_gir_kode_2_og_en_klar_linje(params string[] args)
    {
        var (kode, ut, feil) = Kjør([.. args, .. args[0] == "valider" ? Array.Empty<string>() : ["--data", Data]]);
        Assert.Equal(2, kode);
        Assert.Equal("", ut);
        Assert.DoesNotContain("   at ", feil, StringComparison.Ordinal); // no stack trace
        Assert.InRange(feil.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length, 1, 2);
    }

    [Theory]
    [InlineData("build --chek", "Ukjent kommando eller argument «--chek». Mente du «--check»?")]
    [InlineData("validate --fromat github", "Ukjent alternativ «--fromat». Mente du «--format»?")]
    [InlineData("bild", "Ukjent kommando eller argument «bild». Mente du «build»?")]
    [InlineData("biuld", "Ukjent kommando eller argument «biuld». Mente du «build»?")]
    [InlineData("build --år tjue", "«tjue» er ikke en gyldig verdi for --år.")]
    public void Feil_bruk_sier_hva_som_var_galt_på_bokmål(string args, string forventet)
    {
        var (kode, _, feil) = Kjør(args.Split(' '));
        Assert.Equal(2, kode);
        Assert.Contains(forventet, feil.Split('\n'));
    }

    [Fact]
    public void Build_skriver_rapportene_og_check_feiler_på_en_utdatert_rapport()
    {
        var ut = Path.Combine(_repo.Root, "ut");
        var (kode, _, feil) = Kjør("build", "--data", Data, "--ut", ut);
        Assert.True(kode == 0, feil);
        var md = Path.Combine(Data, "gamle-oslo", "2024", "arsberetning.md");
        Assert.True(File.Exists(md));
        Assert.True(File.Exists(Path.Combine(ut, "gamle-oslo", "2024", "index.html")));
        Assert.Equal(0, Kjør("build", "--data", Data, "--check").Kode);

        Erstatt("gamle-oslo/2024/fo2b.yaml", "Bydelen er ansvarlig for", "Bydelen har ansvar for");
        var før = File.ReadAllText(md);
        var (sjekk, _, melding) = Kjør("build", "--data", Data, "--check");
        Assert.Equal(1, sjekk);
        Assert.Contains("arsberetning.md: stemmer ikke med dataene", melding, StringComparison.Ordinal);
        Assert.Equal(før, File.ReadAllText(md)); // --check writes nothing
    }

    [Fact]
    public void Build_skriver_ingenting_når_den_feiler_underveis()
    {
        var ut = Path.Combine(_repo.Root, "ut");
        var md = Path.Combine(Data, "gamle-oslo", "2024", "arsberetning.md");
        var før = File.ReadAllText(md);
        Erstatt("gamle-oslo/2024/fo2b.yaml", "Bydelen er ansvarlig for", "Bydelen har ansvar for");
        // The Markdown renders; the HTML of the same report then fails on a template typo.
        Directory.CreateDirectory(Path.Combine(Data, "gamle-oslo", "maler", "html"));
        File.WriteAllText(Path.Combine(Data, "gamle-oslo", "maler", "html", "blokk-mal.scriban"), "{{ blokk.mall.tiltak }}\n");

        var (kode, _, feil) = Kjør("build", "--data", Data, "--ut", ut);

        Assert.Equal(1, kode);
        Assert.Contains("blokk-mal.scriban", feil, StringComparison.Ordinal);
        Assert.Equal(før, File.ReadAllText(md));
        Assert.False(Directory.Exists(ut));
        Assert.Empty(Directory.GetFiles(_repo.Root, "*.tmp-*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Build_av_én_bydel_skriver_bare_den_og_stoppes_ikke_av_andre_bydeler()
    {
        var ut = Path.Combine(_repo.Root, "ut");
        // A broken file in another bydel does not stop a build of gamle-oslo alone.
        Directory.CreateDirectory(Path.Combine(Data, "nordstrand", "2024"));
        File.WriteAllText(Path.Combine(Data, "nordstrand", "2024", "fo1.yaml"), "tittel: [ødelagt\n");

        var (kode, utskrift, feil) = Kjør("build", "--data", Data, "--ut", ut, "--bydel", "gamle-oslo");

        Assert.True(kode == 0, feil);
        Assert.True(File.Exists(Path.Combine(ut, "gamle-oslo", "2024", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(ut, "nordstrand")));
        var skrevet = utskrift.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(skrevet, l => l.EndsWith("gamle-oslo/2024/arsberetning.md", StringComparison.Ordinal));
        Assert.DoesNotContain(skrevet, l => l.Contains("nordstrand", StringComparison.Ordinal));
        Assert.Equal(1, Kjør("build", "--data", Data, "--ut", ut).Kode); // the whole tree does read it
    }

    [Fact]
    public void Build_stopper_på_valideringsfeil_uten_å_skrive()
    {
        var md = Path.Combine(Data, "gamle-oslo", "2024", "arsberetning.md");
        var før = File.ReadAllText(md);
        Erstatt("gamle-oslo/2024/fo2b.yaml", "regnskap: 84149", "regnskap: 85149");
        var (kode, _, feil) = Kjør("build", "--data", Data, "--ut", Path.Combine(_repo.Root, "ut"));
        Assert.Equal(1, kode);
        Assert.Contains("ingenting er skrevet", feil, StringComparison.Ordinal);
        Assert.Equal(før, File.ReadAllText(md));
    }

    [Fact]
    public void New_år_lager_neste_år_fra_fjorårets_med_fjorårets_regnskap_og_TODO()
    {
        var (kode, _, feil) = Kjør("new", "år", "2025", "--data", Data);
        Assert.True(kode == 0, feil);
        var fo2b = File.ReadAllText(Path.Combine(Data, "gamle-oslo", "2025", "fo2b.yaml"));
        Assert.Contains("regnskap_forrige_ar: 84149", fo2b, StringComparison.Ordinal); // last year's regnskap
        Assert.Contains("tekst: TODO", fo2b, StringComparison.Ordinal);
        Assert.DoesNotContain("avvik:", fo2b, StringComparison.Ordinal); // derived: computed, not typed
        Assert.True(Directory.Exists(Path.Combine(Data, "katalog", "2025")));

        var (vanlig, utVanlig, _) = Kjør("validate", "--data", Data, "--år", "2025");
        Assert.Equal(0, vanlig);
        Assert.Contains("advarsel uferdig", utVanlig, StringComparison.Ordinal);
        var (streng, utStreng, _) = Kjør("validate", "--data", Data, "--år", "2025", "--streng");
        Assert.Equal(1, streng);
        Assert.Contains("feil uferdig", utStreng, StringComparison.Ordinal);

        Assert.Equal(2, Kjør("new", "år", "2025", "--data", Data).Kode); // never overwrites
    }

    [Fact]
    public void New_bydel_lager_et_gyldig_skjelett()
    {
        var (kode, _, feil) = Kjør("new", "bydel", "sagene", "--år", "2024", "--data", Data);
        Assert.True(kode == 0, feil);
        var (v, ut, _) = Kjør("validate", "--data", Data, "--bydel", "sagene");
        Assert.Equal(0, v);
        var linjer = ut.Split('\n', StringSplitOptions.RemoveEmptyEntries).SkipLast(1).ToList();
        Assert.NotEmpty(linjer);
        Assert.All(linjer, l => Assert.Contains("advarsel uferdig", l, StringComparison.Ordinal));
        Assert.StartsWith("# yaml-language-server: $schema=../../../cli/schema/kapittel.schema.json", File.ReadAllText(Path.Combine(Data, "sagene", "2024", "fo3.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Versjon_og_hjelp()
    {
        var (kode, ut, _) = Kjør("--version");
        Assert.Equal(0, kode);
        Assert.True(ut.StartsWith("0.1.0", StringComparison.Ordinal), $"«{ut}»");
        var (h, hjelp, _) = Kjør("validate", "--help");
        Assert.Equal(0, h);
        foreach (var valg in new[] { "--data", "--format", "--streng", "--bydel", "--år", "--aar" })
        {
            Assert.Contains(valg, hjelp, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("build", "--help")]
    [InlineData("new", "-h")]
    [InlineData("new", "år", "--help")]
    public void Hjelpen_er_på_bokmål(params string[] args)
    {
        var (kode, hjelp, _) = Kjør(args);
        Assert.Equal(0, kode);
        var linjer = hjelp.Split('\n');
        Assert.Contains("Bruk:", linjer);
        Assert.Contains("Alternativer:", linjer);
        foreach (var engelsk in new[] { "Usage:", "Options:", "Commands:", "Description:", "Arguments:", "[options]", "<command>" })
        {
            Assert.DoesNotContain(engelsk, hjelp, StringComparison.Ordinal);
        }
        Assert.EndsWith("\n", hjelp, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", hjelp, StringComparison.Ordinal);
    }

    private void Erstatt(string fil, string fra, string til) => _repo.Replace(Path.Combine("data", fil), fra, til);
}
