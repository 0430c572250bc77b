using System.Diagnostics;
using System.Text.Json;
using Bydelsrapport.Load;
using Bydelsrapport.Tests.Spec;
using Xunit;

namespace Bydelsrapport.Tests.Diff;

/// <summary>
/// `diff` on a real temporary git repository with two commits of real data (Gamle Oslo 2024): a changed
/// regnskap figure, a removed KOSTRA row, an edited rapportering and a new sum mismatch.
/// </summary>
public sealed class DiffTests : IDisposable
{
    private readonly Fixture _repo = Fixture.MedEkteData();

    public DiffTests()
    {
        File.WriteAllText(Path.Combine(_repo.Root, "Bydelsrapport.sln"), "");
        Git("init", "-q", "-b", "main");
        Git("add", "-A");
        Git("-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "2024 som publisert");

        var fo2b = Path.Combine(_repo.Root, "data", "gamle-oslo", "2024", "fo2b.yaml");
        var tekst = File.ReadAllText(fo2b)
            // a changed regnskap figure (244: 84 149 → 85 149; its printed avvik 678 is now wrong: a new finding)
            .Replace("regnskap: 84149", "regnskap: 85149", StringComparison.Ordinal)
            // an edited rapportering
            .Replace("Bydelen har forebyggende plan i tråd med sentrale føringer.", "Bydelen har en oppdatert forebyggende plan i tråd med nye sentrale føringer.", StringComparison.Ordinal);
        File.WriteAllText(fo2b, FjernRad(tekst, "kostra: \"251\""));
        Git("-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-am", "Endringer");
    }

    public void Dispose() => _repo.Dispose();

    private (int Kode, string Ut, string Feil) Kjør(params string[] args)
    {
        var ut = new StringWriter();
        var feil = new StringWriter();
        var kode = Bydelsrapport.Commands.Cli.Run([.. args, "--data", Path.Combine(_repo.Root, "data")], ut, feil);
        return (kode, ut.ToString(), feil.ToString());
    }

    [Fact]
    public void Markdown_viser_endret_tall_fjernet_rad_endret_rapportering_og_nytt_funn()
    {
        var (kode, ut, feil) = Kjør("diff", "--base", "HEAD~1", "--head", "HEAD", "--format", "markdown");
        Assert.True(kode == 0, feil);
        Assert.Contains("### gamle-oslo/2024 · fo2b", ut, StringComparison.Ordinal);
        Assert.Contains("| Hovedoversikt økonomi | 244 Barneverntjeneste | Regnskap | 84 149 | 85 149 | +1 000 (1000 kr) | +1,2 % |", ut, StringComparison.Ordinal);
        Assert.Contains("- Rad fjernet: Hovedoversikt økonomi: 251 Barneverntiltak når barnet ikke er plassert av barnevernet", ut, StringComparison.Ordinal);
        Assert.Contains("- Rapportering endret for fo2b-m1-t1: Bydelen har **en oppdatert** forebyggende plan i tråd med **nye** sentrale føringer.", ut, StringComparison.Ordinal);
        Assert.Contains("**Nye (", ut, StringComparison.Ordinal);
        Assert.Contains("`okonomi-avvik`", ut, StringComparison.Ordinal);
    }

    [Fact]
    public void Tekst_og_json_har_det_samme_innholdet()
    {
        var (_, tekst, _) = Kjør("diff", "--base", "HEAD~1", "--head", "HEAD", "--format", "tekst");
        Assert.Contains("Hovedoversikt økonomi / 244 Barneverntjeneste / Regnskap: 84 149 → 85 149 (+1 000 (1000 kr), +1,2 %)", tekst, StringComparison.Ordinal);
        Assert.Contains("- rad Hovedoversikt økonomi / 251", tekst, StringComparison.Ordinal);
        Assert.Contains("nytt funn: gamle-oslo/2024/fo2b.yaml:", tekst, StringComparison.Ordinal);

        var (_, json, _) = Kjør("diff", "--base", "HEAD~1", "--head", "HEAD", "--format", "json");
        using var doc = JsonDocument.Parse(json);
        var tall = doc.RootElement.GetProperty("tall").EnumerateArray().Single(t => t.GetProperty("rad").GetString() == "244 Barneverntjeneste" && t.GetProperty("kolonne").GetString() == "regnskap");
        Assert.Equal(84149m, tall.GetProperty("for").GetDecimal());
        Assert.Equal(85149m, tall.GetProperty("etter").GetDecimal());
        Assert.Equal(1000m, tall.GetProperty("endring").GetDecimal());
        Assert.Contains(doc.RootElement.GetProperty("rader").EnumerateArray(), r => r.GetProperty("endring").GetString() == "fjernet");
        Assert.Single(doc.RootElement.GetProperty("rapportering").EnumerateArray());
        Assert.Contains(doc.RootElement.GetProperty("funn").EnumerateArray(), f => f.GetProperty("endring").GetString() == "ny" && f.GetProperty("kode").GetString() == "okonomi-avvik");
    }

    [Fact]
    public void Standard_er_sammenslåingsbasen_med_main_og_arbeidstreet()
    {
        Git("checkout", "-q", "-b", "endring", "HEAD~1");
        var sti = Path.Combine(_repo.Root, "data", "gamle-oslo", "2024", "fo2b.yaml");
        File.WriteAllText(sti, File.ReadAllText(sti).Replace("regnskap: 84149", "regnskap: 84150", StringComparison.Ordinal));
        var (kode, ut, _) = Kjør("diff");
        Assert.Equal(0, kode);
        Assert.Contains("→ arbeidstreet", ut, StringComparison.Ordinal);
        Assert.Contains("| 84 149 | 84 150 | +1 (1000 kr) |", ut, StringComparison.Ordinal);
    }

    [Fact]
    public void Ukjent_referanse_og_utenfor_git_gir_en_klar_melding()
    {
        var (kode, _, feil) = Kjør("diff", "--base", "finnes-ikke");
        Assert.Equal(2, kode);
        Assert.Contains("Ukjent git-referanse «finnes-ikke»", feil, StringComparison.Ordinal);

        using var utenfor = new Fixture(Path.Combine(Repo.Tests, "fixtures", "tom"));
        var f = new StringWriter();
        Assert.Equal(2, Bydelsrapport.Commands.Cli.Run(["diff", "--data", utenfor.Root], new StringWriter(), f));
        Assert.Contains("ikke i en git-utsjekking", f.ToString(), StringComparison.Ordinal);
    }

    private static string FjernRad(string yaml, string merke)
    {
        // The KOSTRA row is a flow mapping on one line or a block of lines starting with "- kostra:".
        var linjer = yaml.Split('\n').ToList();
        var i = linjer.FindIndex(l => l.Contains(merke, StringComparison.Ordinal));
        Assert.True(i >= 0);
        var innrykk = linjer[i].IndexOf('-', StringComparison.Ordinal);
        var slutt = i + 1;
        while (slutt < linjer.Count && linjer[slutt].Length > innrykk + 1 && linjer[slutt][..(innrykk + 1)].Trim().Length == 0)
        {
            slutt++;
        }
        linjer.RemoveRange(i, slutt - i);
        return string.Join('\n', linjer);
    }

    private void Git(params string[] args)
    {
        var p = Process.Start(new ProcessStartInfo("git", ["-C", _repo.Root, .. args]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"git {string.Join(' ', args)}: {p.StandardError.ReadToEnd()}");
    }
}
