using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Bydelsrapport.Commands;
using Bydelsrapport.Load;
using Bydelsrapport.Render;
using Bydelsrapport.Write;
using Xunit;

namespace Bydelsrapport.Tests.Render;

/// <summary>
/// The whole reports rendered from data/: faithful to the published report (fidelity against the seed
/// texts kept under fixtures/seeds), identical to the committed Markdown, and accessible as HTML.
/// </summary>
public sealed partial class RapportTests
{
    [System.Text.RegularExpressions.GeneratedRegex("^-?\\d{1,3}(\u00A0\\d{3})+$|^-?\\d+,\\d+(\u00A0%)?$|^-?\\d+\u00A0%$")]
    private static partial System.Text.RegularExpressions.Regex Figur();

    private static readonly Lazy<Dataset> Data = new(() => Loader.Load(Repo.Data));

    private static readonly Lazy<IReadOnlyList<Utdata>> Filer = new(() =>
        Bygg.Alle(Data.Value, Path.Combine(Repo.Root, "templates"), Repo.Data, Path.Combine(Path.GetTempPath(), "bydelsrapport-ut")));

    /// <summary>
    /// Bydeler whose transcription is complete, with the fidelity they must keep: the goal is 95 % of
    /// the words and 90 % of the numbers. Stovner's extraction lost most table cells and scrambled the
    /// rest (reading order of a two-column layout, interleaved investment cells), so its floor is what
    /// an honest transcription reaches; it may only rise.
    /// </summary>
    public static TheoryData<string, string, double, double> Fullstendige()
    {
        var data = new TheoryData<string, string, double, double>();
        foreach (var (bydel, tekst, tall) in Terskler.Where(t => Directory.Exists(Path.Combine(Repo.Data, t.Bydel))))
        {
            data.Add(bydel, "md", tekst, tall);
            data.Add(bydel, "html", tekst, tall);
        }
        return data;
    }

    private static readonly (string Bydel, double Tekst, double Tall)[] Terskler =
    [
        ("gamle-oslo", 0.95, 0.90),
        ("alna", 0.95, 0.90),
        ("bjerke", 0.95, 0.90),
        ("stovner", 0.93, 0.75),
    ];

    private static string Gjengitt(string bydel, string format) =>
        Filer.Value.Single(f => f.Sti.Replace('\\', '/').Contains($"/{bydel}/2024/", StringComparison.Ordinal)
            && f.Sti.EndsWith(format == "md" ? ".md" : ".html", StringComparison.Ordinal)).Innhold;

    [Theory]
    [MemberData(nameof(Fullstendige))]
    public void Rapporten_bærer_den_publiserte_teksten_og_tallene(string bydel, string format, double tekst, double tall)
    {
        var kilde = File.ReadAllText(Path.Combine(Repo.Tests, "fixtures", "seeds", $"{bydel}-2024.txt"));
        var r = Fidelitet.Mal(kilde, Gjengitt(bydel, format));
        Assert.True(r.Tekst >= tekst, $"{bydel} {format}: tekstgjenfinning {r.Tekst:P2} < {tekst:P0}");
        Assert.True(r.Tall >= tall, $"{bydel} {format}: tallgjenfinning {r.Tall:P2} < {tall:P0}");
    }

    [Fact]
    public void Hver_bydel_i_data_har_en_fidelitetsterskel()
    {
        var bydeler = Data.Value.Rapporter.Select(r => r.Mappe.Split('/')[0]).Distinct();
        Assert.All(bydeler, b => Assert.Contains(Terskler, t => t.Bydel == b));
    }

    [Fact]
    public void Innsjekkede_rapporter_stemmer_med_dataene()
    {
        // The committed Markdown reports are their own golden files (what `build --check` checks).
        foreach (var f in Filer.Value.Where(f => f.Sjekkes))
        {
            Assert.True(File.Exists(f.Sti), $"{f.Sti} mangler: kjør `dotnet run --project cli -- build`.");
            Assert.True(File.ReadAllText(f.Sti) == f.Innhold, $"{f.Sti} er utdatert: kjør `dotnet run --project cli -- build` og sjekk inn.");
        }
    }

    public static TheoryData<string> Html()
    {
        var data = new TheoryData<string>();
        // The report pages; the site's own pages are checked in NettstedTests.
        foreach (var f in Filer.Value.Where(f => Data.Value.Rapporter.Any(r => f.Sti.Replace('\\', '/').EndsWith($"/{r.Mappe}/index.html", StringComparison.Ordinal))))
        {
            data.Add(Path.GetRelativePath(Path.GetTempPath(), f.Sti).Replace('\\', '/'));
        }
        return data;
    }

    private static IDocument Dokument(string sti) =>
        new HtmlParser().ParseDocument(Filer.Value.Single(f => Path.GetRelativePath(Path.GetTempPath(), f.Sti).Replace('\\', '/') == sti).Innhold);

    [Theory]
    [MemberData(nameof(Html))]
    public void HTML_har_norsk_språk_én_h1_og_ingen_hoppede_overskriftsnivåer(string sti)
    {
        var doc = Dokument(sti);
        Tilgjengelighet.SpraakOgOverskrifter(doc, sti);
        var ider = doc.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        foreach (var a in doc.QuerySelectorAll("a[href^='#']"))
        {
            Assert.Contains(a.GetAttribute("href")![1..], ider);
        }
    }

    [Theory]
    [MemberData(nameof(Html))]
    public void Hver_tabell_har_bildetekst_kolonneoverskrifter_med_scope_og_høyrejusterte_tall(string sti)
    {
        var doc = Dokument(sti);
        Assert.NotEmpty(doc.QuerySelectorAll("table"));
        foreach (var table in doc.QuerySelectorAll("table"))
        {
            var caption = table.QuerySelector("caption");
            Assert.False(string.IsNullOrWhiteSpace(caption?.TextContent), $"{sti}: tabell uten bildetekst.");
            Assert.All(table.QuerySelectorAll("th"), th => Assert.False(string.IsNullOrEmpty(th.GetAttribute("scope")), $"{sti}: th uten scope i «{caption!.TextContent}»."));
            foreach (var td in table.QuerySelectorAll("td"))
            {
                // A formatted figure (grouped thousands, decimal comma or per cent); identifiers such as
                // project numbers are text and stay left-aligned.
                if (Figur().IsMatch(td.TextContent.Trim()))
                {
                    Assert.True(td.ClassList.Contains("tall"), $"{sti}: tallet «{td.TextContent}» er ikke høyrejustert.");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Html))]
    public void Ingen_skript(string sti)
    {
        var doc = Dokument(sti);
        Assert.Empty(doc.QuerySelectorAll("script"));
        Assert.DoesNotContain(doc.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
    }

    [Fact]
    public void Rettelser_vises_med_den_publiserte_verdien()
    {
        var doc = new HtmlParser().ParseDocument(Gjengitt("gamle-oslo", "html"));
        var sum = doc.QuerySelectorAll("td[data-kilde='gamle-oslo/2024/fo2b.yaml#blokker[2].sum.regnskap_forrige_ar']").Single();
        Assert.Equal("217\u00A0472R1 (publisert 217\u00A0473)", sum.TextContent);
        Assert.Contains(doc.QuerySelectorAll(".merknader p"), p => p.TextContent == "Rettet R1: Sum netto utgifter, Regnskap 2023: publisert 217\u00A0473, beregnet 217\u00A0472.");
    }
}
