using Bydelsrapport.Load;
using Bydelsrapport.Validate;
using Xunit;

namespace Bydelsrapport.Tests.Spec;

/// <summary>Runs every case of every rule spec in tests/bydelsrapport.tests/regler/*.md.</summary>
public sealed class RegelSpecTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in SpecFile.All())
        {
            data.Add(c.SpecFile, c.Name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Gir_nøyaktig_funnene_specen_sier(string specFile, string name)
    {
        var c = SpecFile.Parse(Path.Combine(SpecFile.Folder, specFile)).Single(x => x.Name == name);
        var actual = Run(c).Funn.Select(f => f.ToString()).ToList();
        Assert.True(c.Expected.SequenceEqual(actual),
            $"{c.SpecFile}:{c.Line} «{c.Name}»\nventet:\n  {string.Join("\n  ", c.Expected)}\nfikk:\n  {string.Join("\n  ", actual)}");
    }

    [Fact]
    public void Hver_regel_har_et_tilfelle_som_feiler_og_et_som_passerer()
    {
        var cases = SpecFile.All().ToList();
        var passing = cases.Count(c => c.Expected.Count == 0);
        Assert.True(passing > 0, "Ingen tilfeller uten funn.");
        var codes = typeof(Codes).GetFields().Select(f => (string)f.GetValue(null)!).ToList();
        var covered = cases.SelectMany(c => c.Expected).Select(line => codes.FirstOrDefault(code => line.Contains($" {code}: ", StringComparison.Ordinal)))
            .Where(c => c is not null).ToHashSet();
        // A 10 MB file does not belong in a Markdown spec: LoaderTests covers it.
        var untested = codes.Where(c => !covered.Contains(c) && c != Codes.YamlForStor).ToList();
        Assert.True(untested.Count == 0, "Regler uten et tilfelle som feiler: " + string.Join(", ", untested));
    }

    internal static Valideringsresultat Run(SpecCase c)
    {
        using var fixture = Fixture.Minimal();
        foreach (var (path, content) in c.Files)
        {
            fixture.Write(path, content);
        }
        foreach (var path in c.Deleted)
        {
            fixture.Delete(path);
        }
        return Validator.Validate(Loader.Load(fixture.Root));
    }
}
