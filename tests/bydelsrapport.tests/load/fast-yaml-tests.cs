using System.Text.RegularExpressions;
using Bydelsrapport.Load;
using Bydelsrapport.Validate;
using Xunit;

namespace Bydelsrapport.Tests.Load;

/// <summary>
/// The fast YAML path must build exactly the tree the YamlDotNet path builds (values, styles,
/// positions), and give up on what it does not know, so the full path reports it.
/// </summary>
public sealed partial class FastYamlTests
{
    /// <summary>Every YAML file of the repository and every YAML case of the rule specs.</summary>
    public static TheoryData<string> Kilder()
    {
        var data = new TheoryData<string>();
        foreach (var fil in Directory.GetFiles(Repo.Data, "*.yaml", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Repo.Tests, "*.yaml", SearchOption.AllDirectories).Where(f => !f.Contains("/bin/", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Repo.Root, fil));
        }
        foreach (var spec in Directory.GetFiles(Path.Combine(Repo.Tests, "regler"), "*.md").Order(StringComparer.Ordinal))
        {
            var n = 0;
            foreach (Match _ in YamlBlokk().Matches(File.ReadAllText(spec)))
            {
                data.Add($"{Path.GetRelativePath(Repo.Root, spec)}#{n++}");
            }
        }
        return data;
    }

    [GeneratedRegex("```yaml[^\\n]*\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlokk();

    private static string Tekst(string kilde)
    {
        if (kilde.Split('#') is [var spec, var n])
        {
            return YamlBlokk().Matches(File.ReadAllText(Path.Combine(Repo.Root, spec)))[int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)].Groups[1].Value;
        }
        return File.ReadAllText(Path.Combine(Repo.Root, kilde)).TrimStart('\uFEFF');
    }

    [Theory]
    [MemberData(nameof(Kilder))]
    public void Rask_vei_gir_samme_tre_som_YamlDotNet_eller_gir_opp(string kilde)
    {
        var tekst = Tekst(kilde);
        var rask = FastYamlParser.TryParse(tekst);
        var full = YamlReader.ReadWithYamlDotNet(kilde, tekst, []);
        if (rask is not null)
        {
            Assert.NotNull(full);
            AssertSamme(full, rask, "");
        }
    }

    [Fact]
    public void Rask_vei_leser_alle_datafilene_i_repoet()
    {
        // The speed-up is only real if the files people write take the fast path.
        var utenfor = Directory.GetFiles(Repo.Data, "*.yaml", SearchOption.AllDirectories)
            .Where(f => FastYamlParser.TryParse(File.ReadAllText(f)) is null)
            .Select(f => Path.GetRelativePath(Repo.Root, f)).ToList();
        Assert.Empty(utenfor);
    }

    [Theory]
    [InlineData("a: 1\nb:\n  c: [x, \"y\", 'z''s']\n  d: {e: 1, f: [2, 3]}\n")]
    [InlineData("liste:\n- a\n- b # kommentar\nneste: 1\n")]
    [InlineData("liste:\n  - id: a\n    navn: \"A \\\"B\\\" \\u00e6\"\n  - id: b\n")]
    [InlineData("tekst: |\n  linje 1\n\n    innrykket\n  # ikke kommentar\n\nneste: ~\n")]
    [InlineData("tekst: |-\n  uten linjeskift\nbeholdt: |+\n  med\n\n\nslutt: 1\n")]
    [InlineData("tom:\nogså_tom: # kommentar\nflyt: [a,\n  b, c,\n  ]\n")]
    [InlineData("url: https://example.org/a#b\nminus: -5\ndesimal: 3.4\nkolon: a:b\n")]
    [InlineData("a:\n  b:\n    - c:\n        d: 1\n      e: 2\n")]
    [InlineData("a: { b: 1 }\n")]
    [InlineData("a: [ b, c ]\n")]
    [InlineData("a: {b: 1,  c: 2}\n")]
    [InlineData("a: {b:  1}\n")]
    [InlineData("a: |\n\n  etter en tom linje\n    dypere\n   \n  siste\n# kommentar mindre innrykket\nb: 1\n")]
    [InlineData("tomme: []\nogså: {}\nnestet: [[a, b], {c: [d]}]\nb: 1\n")]
    [InlineData("a: tekst#ikke-kommentar\nb:    mange mellomrom   \nc: \"\\t\\x41\\u00E6\\U0001F600\\\\\"\nd: 'enkel # ikke kommentar'\n")]
    [InlineData("liste:\n  - |\n    første\n  - |-\n    andre\n  - tredje\n")]
    [InlineData("a: 2024\nb: -1.5\nc: true\nd: null\ne: ~\n\u00a0nbsp: x\n")]
    [InlineData("a:\n  # kommentar før verdien\n  b: 1\n\n\nc: 2 # slutt\n")]
    [InlineData("rader:\n  - {id: a, navn: \"A, B\", tall: [1, 2.5, -3], tom: ~}\n  - {id: b,\n     navn: C}\n")]
    public void Rask_vei_tar_vanlige_former_og_gir_samme_tre(string tekst)
    {
        var rask = FastYamlParser.TryParse(tekst);
        Assert.NotNull(rask);
        AssertSamme(YamlReader.ReadWithYamlDotNet("t.yaml", tekst, []), rask, "");
    }

    [Theory]
    [InlineData("a: &x 1\nb: *x\n")]
    [InlineData("a: !tag 1\n")]
    [InlineData("a: >\n  brettet\n")]
    [InlineData("a: flere\n  linjer\n")]
    [InlineData("a: \"over\n  linjer\"\n")]
    [InlineData("a: 1\na: 2\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a:\n\tb: 1\n")]
    [InlineData("a: 1\r\nb: 2\r\n")]
    [InlineData("---\na: 1\n")]
    [InlineData("- a\n")]
    [InlineData("")]
    [InlineData("a: [b\n")]
    [InlineData("a: |\n  uten linjeskift til slutt")]
    [InlineData("\"a\": 1\n")]
    [InlineData("a:\n  - - b\n")]
    public void Rask_vei_gir_opp_på_det_den_ikke_kjenner(string tekst) =>
        Assert.Null(FastYamlParser.TryParse(tekst));

    /// <summary>
    /// Small random edits of real files (a character of YAML structure put in or taken out): whatever
    /// the edit makes of the file, the fast path either gives up or agrees with YamlDotNet, also when
    /// YamlDotNet finds the edit to be an error. Fixed seed, so a failure can be repeated.
    /// </summary>
    [Fact]
    public void Rask_vei_er_enig_med_YamlDotNet_også_på_ødelagte_filer()
    {
        var filer = Directory.GetFiles(Repo.Data, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var tilfeldig = new Random(2024);
        const string tegn = " \n:-#\"'|>[]{},&*!?~";
        var uenige = new List<string>();
        for (var n = 0; n < 600; n++)
        {
            var fil = filer[tilfeldig.Next(filer.Count)];
            var tekst = File.ReadAllText(fil);
            var i = tilfeldig.Next(tekst.Length);
            var endret = tilfeldig.Next(2) == 0 ? tekst.Remove(i, 1) : tekst.Insert(i, tegn[tilfeldig.Next(tegn.Length)].ToString());
            var rask = FastYamlParser.TryParse(endret);
            if (rask is null)
            {
                continue;
            }
            var funn = new List<Finding>();
            var full = YamlReader.ReadWithYamlDotNet("t.yaml", endret, funn);
            try
            {
                Assert.Empty(funn);
                AssertSamme(full, rask, "");
            }
            catch (Xunit.Sdk.XunitException e)
            {
                uenige.Add($"{Path.GetFileName(fil)} endret ved tegn {i}: {e.Message.Split('\n')[0]}");
            }
        }
        Assert.True(uenige.Count == 0, string.Join("\n", uenige));
    }

    [Fact]
    public void Funn_kommer_fortsatt_fra_den_fulle_veien()
    {
        var funn = new List<Finding>();
        Assert.Null(YamlReader.Read("t.yaml", "a: 1\nb: [x\n", funn));
        Assert.Equal(Codes.YamlSyntaks, Assert.Single(funn).Code);
        funn.Clear();
        YamlReader.Read("t.yaml", "a: 1\na: 2\n", funn);
        Assert.Equal(Codes.SkjemaDuplikat, Assert.Single(funn).Code);
    }

    private static void AssertSamme(YamlNode? forventet, YamlNode? faktisk, string sti)
    {
        Assert.NotNull(forventet);
        Assert.NotNull(faktisk);
        Assert.True(forventet.GetType() == faktisk.GetType(), $"{sti}: {forventet.GetType().Name} ≠ {faktisk.GetType().Name} ved {forventet.Position}");
        Assert.True(forventet.Position == faktisk.Position, $"{sti}: posisjon {forventet.Position} ≠ {faktisk.Position}");
        switch (forventet, faktisk)
        {
            case (YamlScalar f, YamlScalar r):
                Assert.True(f.Value == r.Value, $"{sti} ({f.Position}): «{f.Value}» ≠ «{r.Value}»");
                Assert.True(f.Plain == r.Plain, $"{sti} ({f.Position}): stil");
                break;
            case (YamlSequence f, YamlSequence r):
                Assert.True(f.Items.Count == r.Items.Count, $"{sti}: {f.Items.Count} ≠ {r.Items.Count} elementer");
                for (var i = 0; i < f.Items.Count; i++)
                {
                    AssertSamme(f.Items[i], r.Items[i], $"{sti}[{i}]");
                }
                break;
            case (YamlMapping f, YamlMapping r):
                Assert.True(f.Entries.Count == r.Entries.Count, $"{sti}: {f.Entries.Count} ≠ {r.Entries.Count} nøkler");
                for (var i = 0; i < f.Entries.Count; i++)
                {
                    AssertSamme(f.Entries[i].Key, r.Entries[i].Key, $"{sti}.{f.Entries[i].Key.Value}(nøkkel)");
                    AssertSamme(f.Entries[i].Value, r.Entries[i].Value, $"{sti}.{f.Entries[i].Key.Value}");
                }
                break;
        }
    }
}
