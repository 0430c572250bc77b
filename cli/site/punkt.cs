using System.Text.RegularExpressions;
using Bydelsrapport.Commands;
using Bydelsrapport.Write;

namespace Bydelsrapport.Site;

/// <summary>
/// Oslo kommune's design system Punkt, copied into the site at build time from the npm packages the
/// repository pins (package.json, installed by `npm ci`): the CSS, the fonts it names and the icons it
/// would otherwise fetch from Punkt's CDN, so no request leaves the site. Without node_modules the site
/// builds all the same with the inline style (templates/html/stil.scriban).
/// </summary>
public static partial class Punkt
{
    /// <summary>Where the site keeps Punkt, relative to its root.</summary>
    public const string Mappe = "assets/punkt";

    public const string Css = Mappe + "/css/pkt.min.css";

    /// <summary>node_modules/@oslokommune in the repository when both packages are installed; null otherwise.</summary>
    public static string? Finn(string repo)
    {
        var rot = Path.Combine(repo, "node_modules", "@oslokommune");
        return File.Exists(Path.Combine(rot, "punkt-css", "dist", "css", "pkt.min.css")) && Directory.Exists(Path.Combine(rot, "punkt-assets", "dist", "fonts"))
            ? rot
            : null;
    }

    [GeneratedRegex(@"url\(\s*[""']?\.\./fonts/(?<fil>[A-Za-z0-9._-]+)[""']?\s*\)")]
    private static partial Regex Skrift();

    [GeneratedRegex(@"url\(\s*[""']?https://punkt-cdn\.oslo\.kommune\.no/[0-9.]+/icons/(?<fil>[a-z0-9-]+\.svg)[""']?\s*\)")]
    private static partial Regex Ikon();

    [GeneratedRegex(@"url\(\s*[""']?(https?:)?//")]
    private static partial Regex Ekstern();

    /// <summary>The files to add to the site under <see cref="Mappe"/>, with the CSS pointing only at them.</summary>
    public static IReadOnlyList<Utdata> Filer(string oslokommune, string ut)
    {
        var css = File.ReadAllText(Path.Combine(oslokommune, "punkt-css", "dist", "css", "pkt.min.css"));
        var ikoner = Ikon().Matches(css).Select(m => m.Groups["fil"].Value).Distinct().Order(StringComparer.Ordinal).ToList();
        css = Ikon().Replace(css, m => $"url(../icons/{m.Groups["fil"].Value})");
        if (Ekstern().Match(css) is { Success: true } e)
        {
            throw new InvalidOperationException($"Punkt-CSS-en henter noe utenfra ({css.Substring(e.Index, Math.Min(80, css.Length - e.Index))}); nettstedet skal ikke gjøre det. Se cli/site/punkt.cs.");
        }
        var skrifter = Skrift().Matches(css).Select(m => m.Groups["fil"].Value).Distinct().Order(StringComparer.Ordinal);
        var assets = Path.Combine(oslokommune, "punkt-assets", "dist");
        Utdata Kopi(string sti, string kilde) => new(Path.Combine(ut, Mappe, sti), "", Sjekkes: false) { Bytes = File.ReadAllBytes(kilde) };
        return
        [
            new Utdata(Path.Combine(ut, Css), css, Sjekkes: false),
            .. skrifter.Select(f => Kopi($"fonts/{f}", Path.Combine(assets, "fonts", f))),
            .. ikoner.Select(f => Kopi($"icons/{f}", Path.Combine(assets, "icons", f))),
            // Both packages are MIT: the licence travels with the copy.
            Kopi("LICENSE-punkt-css", Path.Combine(oslokommune, "punkt-css", "LICENSE")),
            Kopi("LICENSE-punkt-assets", Path.Combine(oslokommune, "punkt-assets", "LICENSE")),
        ];
    }
}
