using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Bydelsrapport.Commands;
using Bydelsrapport.Load;
using Bydelsrapport.Write;
using Xunit;

namespace Bydelsrapport.Tests.Site;

/// <summary>The whole site from data/, written to a temporary folder once for all the tests in this class.</summary>
public sealed class NettstedFixture : IDisposable
{
    public NettstedFixture()
    {
        Data = Loader.Load(Repo.Data);
        Ut = Path.Combine(Path.GetTempPath(), "bydelsrapport-nettsted-" + Guid.NewGuid().ToString("N"));
        Punkt = LagPunkt(Path.Combine(Ut + "-punkt", "@oslokommune"));
        Filer = Bygg.Alle(Data, Path.Combine(Repo.Root, "templates"), Repo.Data, Ut, punkt: Punkt);
        // Only the site: the Markdown reports are checked in data/ and must not be rewritten by a test.
        using var skriving = new Skriving();
        foreach (var f in Filer.Where(f => !f.Sjekkes))
        {
            skriving.Legg(f);
        }
        skriving.Fullfor();
    }

    /// <summary>
    /// A stand-in for node_modules/@oslokommune, shaped like the npm packages: the tests never depend on
    /// npm, and still see a font copied and a CDN icon turned into a local file.
    /// </summary>
    private static string LagPunkt(string rot)
    {
        Directory.CreateDirectory(Path.Combine(rot, "punkt-css", "dist", "css"));
        Directory.CreateDirectory(Path.Combine(rot, "punkt-assets", "dist", "fonts"));
        Directory.CreateDirectory(Path.Combine(rot, "punkt-assets", "dist", "icons"));
        File.WriteAllText(Path.Combine(rot, "punkt-css", "dist", "css", "pkt.min.css"),
            "@font-face{font-family:Oslo Sans;src:url(\"../fonts/OsloSans-Regular.woff2\") format(\"woff2\")}"
            + ".pkt-link--external::after{--svg:url(https://punkt-cdn.oslo.kommune.no/16.8/icons/new-window-small.svg)}");
        File.WriteAllBytes(Path.Combine(rot, "punkt-assets", "dist", "fonts", "OsloSans-Regular.woff2"), [0x77, 0x4F, 0x46, 0x32]);
        File.WriteAllText(Path.Combine(rot, "punkt-assets", "dist", "icons", "new-window-small.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        File.WriteAllText(Path.Combine(rot, "punkt-css", "LICENSE"), "MIT");
        File.WriteAllText(Path.Combine(rot, "punkt-assets", "LICENSE"), "MIT");
        return rot;
    }

    public string Punkt { get; }

    public Dataset Data { get; }

    public string Ut { get; }

    public IReadOnlyList<Utdata> Filer { get; }

    public void Dispose()
    {
        Directory.Delete(Ut, recursive: true);
        Directory.Delete(Ut + "-punkt", recursive: true);
    }
}

/// <summary>
/// The static site: every page accessible by the same rules as the report pages, every internal link
/// from the front page leads somewhere, the comparison CSV has the promised shape, and the same data
/// gives the same bytes.
/// </summary>
public sealed partial class NettstedTests(NettstedFixture site) : IClassFixture<NettstedFixture>
{
    [System.Text.RegularExpressions.GeneratedRegex("^-?\\d{1,3}(\u00A0\\d{3})+$|^-?\\d+,\\d+(\u00A0%)?$|^-?\\d+(\u00A0%)?$")]
    private static partial System.Text.RegularExpressions.Regex Figur();

    /// <summary>Link texts that say nothing out of context (WCAG 2.4.4).</summary>
    private static readonly string[] Intetsigende = ["her", "klikk her", "les mer", "lenke", "mer", "last ned", "csv", "json"];

    public static TheoryData<string> Sider()
    {
        var data = new TheoryData<string>();
        using var f = new NettstedFixture();
        // The site's own pages; the report pages are checked by RapportTests.
        var rapportsider = f.Data.Rapporter.Select(r => r.Mappe + "/index.html").ToHashSet(StringComparer.Ordinal);
        foreach (var fil in Directory.GetFiles(f.Ut, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var sti = Path.GetRelativePath(f.Ut, fil).Replace('\\', '/');
            if (!rapportsider.Contains(sti))
            {
                data.Add(sti);
            }
        }
        return data;
    }

    private IDocument Dokument(string sti) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Ut, sti)));

    [Theory]
    [MemberData(nameof(Sider))]
    public void Siden_har_norsk_språk_én_h1_og_ingen_hoppede_overskriftsnivåer(string sti)
    {
        var doc = Dokument(sti);
        Assert.False(string.IsNullOrWhiteSpace(doc.Title), $"{sti}: mangler <title>.");
        Tilgjengelighet.SpraakOgOverskrifter(doc, sti);
    }

    [Theory]
    [MemberData(nameof(Sider))]
    public void Tabellene_har_bildetekst_scope_og_høyrejusterte_tall(string sti)
    {
        var doc = Dokument(sti);
        foreach (var table in doc.QuerySelectorAll("table"))
        {
            var caption = table.QuerySelector("caption");
            Assert.False(string.IsNullOrWhiteSpace(caption?.TextContent), $"{sti}: tabell uten bildetekst.");
            Assert.All(table.QuerySelectorAll("th"), th => Assert.False(string.IsNullOrEmpty(th.GetAttribute("scope")), $"{sti}: th uten scope i «{caption!.TextContent}»."));
            foreach (var td in table.QuerySelectorAll("td").Where(td => Figur().IsMatch(td.TextContent.Trim())))
            {
                Assert.True(td.ClassList.Contains("tall"), $"{sti}: tallet «{td.TextContent}» er ikke høyrejustert.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Sider))]
    public void Ingen_skript_og_lenketekster_som_sier_hvor_de_går(string sti)
    {
        var doc = Dokument(sti);
        Assert.Empty(doc.QuerySelectorAll("script"));
        Assert.DoesNotContain(doc.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        foreach (var a in doc.QuerySelectorAll("a[href]"))
        {
            var tekst = a.TextContent.Trim();
            Assert.False(string.IsNullOrEmpty(tekst), $"{sti}: lenke uten tekst til {a.GetAttribute("href")}.");
            Assert.DoesNotContain(tekst.ToLowerInvariant(), Intetsigende);
        }
    }

    [Theory]
    [MemberData(nameof(Sider))]
    public void Diagrammene_er_bilder_med_tittel_og_tabellen_ved_siden_av(string sti)
    {
        var doc = Dokument(sti);
        foreach (var svg in doc.QuerySelectorAll("svg"))
        {
            Assert.Equal("img", svg.GetAttribute("role"));
            var tittel = svg.Children.FirstOrDefault(c => c.LocalName == "title");
            Assert.False(string.IsNullOrWhiteSpace(tittel?.TextContent), $"{sti}: diagram uten tittel.");
            Assert.All(svg.GetAttribute("aria-labelledby")!.Split(' '), id => Assert.NotNull(doc.GetElementById(id)));
            // The figures the chart shows are in a table in the same section.
            Assert.NotNull(svg.Closest("section")?.QuerySelector("table"));
        }
    }

    [Fact]
    public void Hvert_funksjonsområde_med_tall_har_et_diagram_over_budsjett_og_regnskap()
    {
        var doc = Dokument("sammenligning/2024/fo2b/index.html");
        var svg = Assert.Single(doc.QuerySelectorAll("svg"));
        var beskrivelse = svg.Children.Single(c => c.LocalName == "desc").TextContent;
        Assert.Contains("Gamle Oslo: regulert budsjett 226\u00A0871, regnskap 237\u00A0760", beskrivelse, StringComparison.Ordinal);
    }

    [Fact]
    public void Alle_interne_lenker_fra_forsiden_virker_og_når_alle_sidene()
    {
        var besokt = new HashSet<string>(StringComparer.Ordinal);
        var ko = new Queue<string>([Path.GetFullPath(Path.Combine(site.Ut, "index.html"))]);
        var brutt = new List<string>();
        while (ko.Count > 0)
        {
            var side = ko.Dequeue();
            if (!besokt.Add(side) || !side.EndsWith(".html", StringComparison.Ordinal))
            {
                continue;
            }
            var doc = new HtmlParser().ParseDocument(File.ReadAllText(side));
            foreach (var href in doc.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!))
            {
                if (href.Contains("://", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    brutt.Add($"{Relativ(side)}: ekstern lenke {href} (nettstedet skal ikke hente noe utenfra)");
                    continue;
                }
                var (sti, anker) = href.Split('#', 2) is [var s, var a] ? (s, a) : (href, null);
                var mal = sti.Length == 0 ? side : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(side)!, Uri.UnescapeDataString(sti)));
                if (!mal.StartsWith(Path.GetFullPath(site.Ut), StringComparison.Ordinal) || !File.Exists(mal))
                {
                    brutt.Add($"{Relativ(side)}: {href} finnes ikke");
                    continue;
                }
                if (anker is { Length: > 0 } && mal.EndsWith(".html", StringComparison.Ordinal)
                    && new HtmlParser().ParseDocument(File.ReadAllText(mal)).GetElementById(Uri.UnescapeDataString(anker)) is null)
                {
                    brutt.Add($"{Relativ(side)}: ankeret #{anker} finnes ikke i {Relativ(mal)}");
                }
                ko.Enqueue(mal);
            }
        }
        Assert.True(brutt.Count == 0, string.Join("\n", brutt));
        var sider = Directory.GetFiles(site.Ut, "*.html", SearchOption.AllDirectories).Select(Path.GetFullPath);
        Assert.All(sider, s => Assert.True(besokt.Contains(s), $"{Relativ(s)} nås ikke fra forsiden."));
    }

    private string Relativ(string sti) => Path.GetRelativePath(site.Ut, sti).Replace('\\', '/');

    [Fact]
    public void CSV_for_netto_driftsutgifter_har_fast_hode_og_en_rad_per_bydel()
    {
        var linjer = File.ReadAllText(Path.Combine(site.Ut, "sammenligning", "2024", "fo2b", "okonomi.csv")).Split("\r\n");
        Assert.Equal("bydel_id,bydel,regulert_budsjett_1000_kr,regnskap_1000_kr,avvik_1000_kr,innbyggere,innbyggere_per,regnskap_per_innbygger_kr,merknad", linjer[0]);
        Assert.Equal("", linjer[^1]); // the file ends with a line break
        var rader = linjer[1..^1].Select(l => l.Split(',')).ToList();
        var bydeler = site.Data.Rapporter.Where(r => r.Ar == 2024).Select(r => r.Mappe.Split('/')[0]).Order(StringComparer.Ordinal);
        Assert.Equal(bydeler, rader.Select(r => r[0]));
        // Gamle Oslo's figures computed from the rows of its FO2B table, with a decimal point and no thousands separator.
        var go = rader.Single(r => r[0] == "gamle-oslo");
        Assert.Equal(["226871", "237760", "-10889"], go[2..5]);
        Assert.All(go[2..5], v => decimal.Parse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        // Per inhabitant from the population table the report prints (rolle: befolkning, row sum_bydel):
        // 237 760 000 kr / 63 721 innbyggere per 1/1/2024 = 3 731 kr.
        Assert.Equal(["63721", "1/1/2024", "3731"], go[5..8]);
    }

    [Fact]
    public void Sjekklistene_viser_hver_bydels_svar_på_byens_spørsmål()
    {
        var doc = Dokument("sammenligning/2024/sjekklister.html");
        var ramme = doc.QuerySelector("h2#intern-kontroll")?.NextElementSibling;
        var tabell = ramme?.QuerySelector("table");
        Assert.NotNull(tabell);
        var bydeler = tabell.QuerySelectorAll("thead th").Skip(1).Select(th => th.TextContent).ToList();
        Assert.Equal(["Alna", "Bjerke", "Gamle Oslo", "Stovner"], bydeler);
        var rader = tabell.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(7, rader.Count);
        string Svar(IElement rad, string bydel) => rad.Children[1 + bydeler.IndexOf(bydel)].TextContent;
        // Gamle Oslo ticked «Ja» on all seven (seed gamle-oslo-2024.txt 3349–3377); Alna «Delvis» on the
        // first (alna-2024.txt 4849–4851); Stovner answers in the comment only.
        Assert.All(rader, r => Assert.Equal("Ja", Svar(r, "Gamle Oslo")));
        Assert.Equal("Delvis", Svar(rader[0], "Alna"));
        Assert.Equal("se kommentar", Svar(rader[0], "Stovner"));
        // Every answer leads back to the line in the bydel's YAML that holds it.
        Assert.StartsWith("gamle-oslo/2024/", rader[0].Children[1 + bydeler.IndexOf("Gamle Oslo")].GetAttribute("data-kilde"), StringComparison.Ordinal);

        var linjer = File.ReadAllText(Path.Combine(site.Ut, "sammenligning", "2024", "sjekkliste-intern-kontroll.csv")).Split("\r\n");
        Assert.Equal("bydel_id,bydel,sporsmal_id,sporsmal,svar,antall,kommentar,merknad", linjer[0]);
        Assert.Equal(1 + (7 * 4) + 1, linjer.Length); // header, a row per bydel and question, the final line break
        Assert.Contains(linjer, l => l.StartsWith("alna,Alna,intern-kontroll-1,", StringComparison.Ordinal) && l.Contains(",Delvis,", StringComparison.Ordinal));
    }

    [Fact]
    public void Hver_rapports_tall_er_gyldig_JSON()
    {
        foreach (var r in site.Data.Rapporter)
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Ut, r.Mappe, "tall.json")));
            Assert.Equal(r.Bydel, doc.RootElement.GetProperty("bydel").GetString());
            Assert.Equal(JsonValueKind.Array, doc.RootElement.GetProperty("okonomi").ValueKind);
        }
    }

    [Fact]
    public void Punkt_kopieres_inn_og_henter_ingenting_utenfra()
    {
        var css = File.ReadAllText(Path.Combine(site.Ut, "assets", "punkt", "css", "pkt.min.css"));
        Assert.DoesNotContain("https://", css, StringComparison.Ordinal);
        Assert.Contains("url(../icons/new-window-small.svg)", css, StringComparison.Ordinal);
        Assert.Equal([0x77, 0x4F, 0x46, 0x32], File.ReadAllBytes(Path.Combine(site.Ut, "assets", "punkt", "fonts", "OsloSans-Regular.woff2")));
        Assert.True(File.Exists(Path.Combine(site.Ut, "assets", "punkt", "icons", "new-window-small.svg")));
        foreach (var side in new[] { "index.html", "gamle-oslo/2024/index.html", "sammenligning/2024/fo2b/index.html" })
        {
            var doc = Dokument(side);
            var lenke = doc.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href");
            Assert.NotNull(lenke);
            Assert.True(File.Exists(Path.Combine(site.Ut, Path.GetDirectoryName(side)!, lenke)), $"{side}: {lenke} finnes ikke.");
            Assert.NotNull(doc.QuerySelector("style[media=print]"));
        }
    }

    [Fact]
    public void Uten_Punkt_bygges_nettstedet_med_stilen_i_siden()
    {
        var filer = Bygg.Alle(site.Data, Path.Combine(Repo.Root, "templates"), Repo.Data, site.Ut);
        Assert.DoesNotContain(filer, f => f.Sti.Contains("assets", StringComparison.Ordinal));
        var forside = new HtmlParser().ParseDocument(filer.Single(f => f.Sti == Path.Combine(site.Ut, "index.html")).Innhold);
        Assert.Empty(forside.QuerySelectorAll("link[rel=stylesheet]"));
        Assert.NotEmpty(forside.QuerySelectorAll("style"));
    }

    [Fact]
    public void Med_søk_får_bare_forsiden_søkefeltet_og_skriptene_er_filer()
    {
        var filer = Bygg.Alle(site.Data, Path.Combine(Repo.Root, "templates"), Repo.Data, site.Ut, sok: true);
        var forside = new HtmlParser().ParseDocument(filer.Single(f => f.Sti == Path.Combine(site.Ut, "index.html")).Innhold);
        Assert.NotNull(forside.GetElementById("sok"));
        // Pagefind's UI and our file that starts it, in that order; no inline script (a strict CSP holds).
        Assert.Equal(["pagefind/pagefind-ui.js", Bydelsrapport.Site.Sok.Skript], forside.QuerySelectorAll("script").Select(s => s.GetAttribute("src")));
        Assert.All(forside.QuerySelectorAll("script"), s => Assert.Equal("", s.TextContent));
        var skript = filer.Single(f => f.Sti == Path.Combine(site.Ut, Bydelsrapport.Site.Sok.Skript)).Innhold;
        Assert.Contains("new PagefindUI", skript, StringComparison.Ordinal);
        // Every other page (the reports, the comparisons) stays without script.
        foreach (var side in filer.Where(f => f.Sti.EndsWith(".html", StringComparison.Ordinal) && f.Sti != Path.Combine(site.Ut, "index.html")))
        {
            Assert.Empty(new HtmlParser().ParseDocument(side.Innhold).QuerySelectorAll("script"));
        }
    }

    [Fact]
    public void Pagefind_finnes_bare_i_node_modules()
    {
        var tom = Directory.CreateTempSubdirectory("bydelsrapport-uten-npm-");
        try
        {
            Assert.Null(Bydelsrapport.Site.Sok.Finn(tom.FullName));
            var bin = Directory.CreateDirectory(Path.Combine(tom.FullName, "node_modules", ".bin"));
            File.WriteAllText(Path.Combine(bin.FullName, OperatingSystem.IsWindows() ? "pagefind.cmd" : "pagefind"), "");
            Assert.NotNull(Bydelsrapport.Site.Sok.Finn(tom.FullName));
        }
        finally
        {
            tom.Delete(recursive: true);
        }
    }

    [Fact]
    public void Samme_data_gir_samme_bytes()
    {
        var andre = Bygg.Alle(site.Data, Path.Combine(Repo.Root, "templates"), Repo.Data, site.Ut, punkt: site.Punkt);
        Assert.Equal(site.Filer.Select(f => f.Sti), andre.Select(f => f.Sti));
        Assert.All(site.Filer.Zip(andre), p => Assert.True(p.First.Innhold == p.Second.Innhold && (p.First.Bytes ?? []).SequenceEqual(p.Second.Bytes ?? []), $"{p.First.Sti} ble ulik andre gang."));
        Assert.All(site.Filer.Where(f => !f.Sti.EndsWith(".csv", StringComparison.Ordinal)), f => Assert.DoesNotContain('\r', f.Innhold));
    }
}
