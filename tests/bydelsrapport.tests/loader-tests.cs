using System.Diagnostics;
using System.Text;
using Bydelsrapport.Load;
using Bydelsrapport.Model;
using Bydelsrapport.Tests.Spec;
using Bydelsrapport.Validate;
using Xunit;

namespace Bydelsrapport.Tests;

/// <summary>
/// The loader on input no one should write but someone will: every case ends in a clear finding
/// with a position, never an exception, never a hang. (Syntax errors, tabs, duplicate keys, wrong
/// types, aliases and empty files are also rule-spec cases in regler/yaml.md and regler/skjema.md.)
/// </summary>
public sealed class LoaderTests
{
    private static (YamlNode? Node, List<Finding> Findings) Read(string text)
    {
        var findings = new List<Finding>();
        var node = YamlReader.Read("f.yaml", text, findings);
        return (node, findings);
    }

    [Fact]
    public void Alias_bombe_stoppes_ved_første_anker_uten_å_vokse()
    {
        var bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 1; i < 10; i++)
        {
            bomb.Append($"{(char)('a' + i)}: &{(char)('a' + i)} [{string.Join(",", Enumerable.Repeat($"*{(char)('a' + i - 1)}", 9))}]\n");
        }
        var clock = Stopwatch.StartNew();
        var (node, findings) = Read(bomb.ToString());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"Tok {clock.Elapsed}.");
        Assert.Null(node);
        var f = Assert.Single(findings);
        Assert.Equal(Codes.YamlAlias, f.Code);
        Assert.Equal(new Position(1, 4), f.Position);
    }

    [Fact]
    public void Femti_megabyte_avvises_med_en_gang()
    {
        var big = "tekst: \"" + new string('x', 50 * 1024 * 1024) + "\"\n";
        var clock = Stopwatch.StartNew();
        var (node, findings) = Read(big);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"Tok {clock.Elapsed}.");
        Assert.Null(node);
        var f = Assert.Single(findings);
        Assert.Equal(Codes.YamlForStor, f.Code);
        Assert.Contains("50 MB", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dyp_nesting_gir_funn_ikke_stakkoverflyt()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);
        var (node, findings) = Read(deep);
        Assert.Null(node);
        Assert.Contains(findings, f => f.Code == Codes.YamlSyntaks);
    }

    [Fact]
    public void BOM_og_CRLF_leses_som_vanlig_og_gir_riktige_posisjoner()
    {
        using var fixture = Fixture.Minimal();
        var path = Path.Combine(fixture.Root, "testby", "2024", "fo4.yaml");
        var text = File.ReadAllText(path).Replace("\n", "\r\n", StringComparison.Ordinal).Replace("regnskap: 55", "regnskap: 55, avvik: 6", StringComparison.Ordinal);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var result = Validator.Validate(Loader.Load(fixture.Root));

        var f = Assert.Single(result.Funn);
        Assert.Equal(Codes.OkonomiAvvik, f.Code);
        Assert.Equal("testby/2024/fo4.yaml", f.File);
        Assert.Equal(7, f.Position.Line);
    }

    [Fact]
    public void Tall_beholder_presisjonen_de_er_skrevet_med()
    {
        var (node, findings) = Read("a: 45.90\nb: -10890\nc: 88.40\nd: 0.1\n");
        Assert.Empty(findings);
        var map = (YamlMapping)node!;
        var values = map.Entries.Select(e => YamlNumber.TryParse(((YamlScalar)e.Value).Value, out var d) ? Tallformat.Tall(d) : "?").ToList();
        Assert.Equal(["45,90", "-10 890", "88,40", "0,1"], values);
    }

    [Fact]
    public void Alle_funn_kommer_på_en_gang_ikke_bare_det_første()
    {
        using var fixture = Fixture.Minimal();
        fixture.Write("testby/2024/fo4.yaml", "tittel: x\nfunksjonsomrade: fo4\nblokker: [\n");
        fixture.Write("testby/2024/fo2b.yaml", "tittel: 5\nfunksjonsomrade: fo2b\nblokker: []\nukjent: 1\n");

        var result = Validator.Validate(Loader.Load(fixture.Root));

        Assert.Contains(result.Funn, f => f.File.EndsWith("fo4.yaml", StringComparison.Ordinal) && f.Code == Codes.YamlSyntaks);
        Assert.Contains(result.Funn, f => f.File.EndsWith("fo2b.yaml", StringComparison.Ordinal) && f.Code == Codes.SkjemaType);
        Assert.Contains(result.Funn, f => f.File.EndsWith("fo2b.yaml", StringComparison.Ordinal) && f.Code == Codes.SkjemaUkjent);
    }

    [Theory]
    [InlineData("a: [1, 2\n")]
    [InlineData("a: \"uavsluttet\n")]
    [InlineData("a: b: c\n")]
    [InlineData("- a\nb: c\n")]
    [InlineData("\uFEFF")]
    [InlineData("%YAML 9.9\n---\na: 1\n")]
    [InlineData("? [a]\n: b\n")]
    public void Ødelagt_YAML_gir_funn_med_posisjon_aldri_unntak(string text)
    {
        var (_, findings) = Read(text);
        Assert.All(findings, f => Assert.True(f.Position.Line >= 1 && f.Position.Column >= 1));
        Assert.NotEmpty(findings);
    }
}
