using AngleSharp.Html.Parser;
using Bydelsrapport.Commands;
using Bydelsrapport.Load;
using Bydelsrapport.Model;
using Bydelsrapport.Render;
using Xunit;

namespace Bydelsrapport.Tests.Render;

/// <summary>
/// Snapshot tests of every block template on a small input (fixtures/blokker), in Markdown and HTML,
/// as golden files in Verify's convention beside this file (render-tests.blokk_TYPE_N.verified.md|html).
/// </summary>
public sealed class RenderTests
{
    private static readonly string Folder = Path.Combine(Repo.Tests, "render");

    internal static readonly Lazy<(Dataset Data, Rapport Rapport, Kapittel Kapittel)> Blokker = new(() =>
    {
        var data = Loader.Load(Path.Combine(Repo.Tests, "fixtures", "blokker"));
        Assert.Empty(data.LoadFindings);
        var rapport = data.Rapporter.Single();
        return (data, rapport, rapport.Kapitler["fo2b"]);
    });

    private static Renderer Renderer => new(Path.Combine(Repo.Root, "templates"));

    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        foreach (var (b, i) in Blokker.Value.Kapittel.Blokker.Select((b, i) => (b, i)))
        {
            data.Add(i, "md");
            data.Add(i, "html");
        }
        return data;
    }

    private static string Navn(int indeks, string format)
    {
        var (data, rapport, kapittel) = Blokker.Value;
        var b = kapittel.Blokker[indeks];
        var type = new Visningsmodell(rapport, data.Kataloger[2024]).LagBlokk(b, kapittel)["type"];
        return $"render-tests.blokk_{type}_{indeks}.verified.{format}";
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Blokken_gjengis_som_godkjent(int indeks, string format)
    {
        var (data, rapport, kapittel) = Blokker.Value;
        var actual = Renderer.RenderBlokk(rapport, data.Kataloger[2024], kapittel, kapittel.Blokker[indeks], format == "md" ? Format.Markdown : Format.Html);
        Golden.AssertMatches(Path.Combine(Folder, Navn(indeks, format)), actual, "se på forskjellen og godkjenn hvis den er riktig");
    }

    [Fact]
    public void Ingen_godkjente_filer_som_ingen_test_lager()
    {
        var ventet = Cases().Select(c => Navn((int)c[0], (string)c[1])).ToHashSet();
        var finnes = Directory.GetFiles(Folder, "*.verified.*").Select(Path.GetFileName).ToList();
        var foreldet = finnes.Where(f => !ventet.Contains(f!)).ToList();
        Assert.True(foreldet.Count == 0, "Godkjente filer uten test: " + string.Join(", ", foreldet));
    }

    [Fact]
    public void Rå_HTML_i_fortelling_blir_tekst_i_HTML()
    {
        var (data, rapport, _) = Blokker.Value;
        var html = Renderer.Render(rapport, data.Kataloger[2024], Format.Html);
        var doc = new HtmlParser().ParseDocument(html);
        Assert.Empty(doc.QuerySelectorAll("script"));
        Assert.Empty(doc.QuerySelectorAll("main b"));
        Assert.Contains(doc.QuerySelectorAll("p"), p => p.TextContent.Contains("<script>alert(\"x\")</script>", StringComparison.Ordinal));
        Assert.Contains(doc.QuerySelectorAll(".tiltak p"), p => p.TextContent.Contains("<script>alert(1)</script>", StringComparison.Ordinal));
    }

    [Fact]
    public void En_bydel_kan_overstyre_én_blokk_uten_å_kopiere_resten()
    {
        var (data, rapport, _) = Blokker.Value;
        var overstyring = Path.Combine(Path.GetTempPath(), "bydelsrapport-maler-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(overstyring, "md"));
        try
        {
            File.WriteAllText(Path.Combine(overstyring, "md", "blokk-okonomi.scriban"), "OVERSTYRT {{ blokk.tabell.rader.size }} rader\n");
            var md = Renderer.Render(rapport, data.Kataloger[2024], Format.Markdown, overstyring);
            Assert.Contains("OVERSTYRT 3 rader", md, StringComparison.Ordinal);
            Assert.Contains("**Tiltak 1:**", md, StringComparison.Ordinal); // the rest from the shared templates
        }
        finally
        {
            Directory.Delete(overstyring, recursive: true);
        }
    }

    [Fact]
    public void En_skrivefeil_i_en_mal_stopper_byggingen()
    {
        var (data, rapport, _) = Blokker.Value;
        var overstyring = Path.Combine(Path.GetTempPath(), "bydelsrapport-maler-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(overstyring, "md"));
        try
        {
            File.WriteAllText(Path.Combine(overstyring, "md", "blokk-okonomi.scriban"), "{{ blokk.tabel.rader }}\n{{ tittle }}\n");
            var e = Assert.Throws<RenderException>(() => Renderer.Render(rapport, data.Kataloger[2024], Format.Markdown, overstyring));
            Assert.Contains("blokk-okonomi.scriban", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(overstyring, recursive: true);
        }
    }

    [Fact]
    public void Samme_data_gir_samme_bytes_med_LF()
    {
        var (data, rapport, _) = Blokker.Value;
        foreach (var format in new[] { Format.Markdown, Format.Html })
        {
            var a = Renderer.Render(rapport, data.Kataloger[2024], format);
            var b = new Renderer(Path.Combine(Repo.Root, "templates")).Render(rapport, data.Kataloger[2024], format);
            Assert.Equal(a, b);
            Assert.DoesNotContain('\r', a);
            Assert.EndsWith("\n", a, StringComparison.Ordinal);
            Assert.False(a.EndsWith("\n\n", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Status_vises_med_vedtaksdato_og_saksnummer()
    {
        var (data, rapport, _) = Blokker.Value;
        var md = Renderer.Render(rapport, data.Kataloger[2024], Format.Markdown);
        Assert.Contains("Status: Vedtatt i bydelsutvalget 20.3.2025, sak 25/1220", md, StringComparison.Ordinal);
    }
}
