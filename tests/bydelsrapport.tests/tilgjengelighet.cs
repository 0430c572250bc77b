using AngleSharp.Dom;
using Xunit;

namespace Bydelsrapport.Tests;

/// <summary>Testable accessibility rules shared by the report pages and the site pages.</summary>
internal static class Tilgjengelighet
{
    /// <summary>lang="nb", one h1, heading levels never skipped, ids unique.</summary>
    public static void SpraakOgOverskrifter(IDocument doc, string sti)
    {
        Assert.Equal("nb", doc.DocumentElement.GetAttribute("lang"));
        Assert.Single(doc.QuerySelectorAll("h1"));
        var forrige = 1;
        foreach (var h in doc.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
        {
            var niva = h.LocalName[1] - '0';
            Assert.True(niva <= forrige + 1, $"{sti}: «{h.TextContent}» er h{niva} etter h{forrige}.");
            forrige = niva;
        }
        var ider = doc.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ider.Count, ider.Distinct().Count());
        Tabellrammer(doc, sti);
    }

    /// <summary>
    /// Every table sits in its own scroll frame (a wide table scrolls there, not the page: WCAG 1.4.10),
    /// and the frame can be reached by keyboard and is named by the table's caption (WCAG 2.1.1, 4.1.2).
    /// </summary>
    private static void Tabellrammer(IDocument doc, string sti)
    {
        foreach (var tabell in doc.QuerySelectorAll("table"))
        {
            var ramme = tabell.ParentElement;
            var caption = tabell.QuerySelector("caption")?.TextContent ?? "";
            Assert.True(ramme?.ClassList.Contains("tabellramme") == true, $"{sti}: tabellen «{caption}» står ikke i en rulleramme.");
            Assert.Equal("region", ramme!.GetAttribute("role"));
            Assert.Equal("0", ramme.GetAttribute("tabindex"));
            var navn = ramme.GetAttribute("aria-label") ?? "";
            Assert.False(string.IsNullOrWhiteSpace(navn), $"{sti}: rullerammen rundt «{caption}» har ikke noe navn.");
            Assert.StartsWith(navn, caption, StringComparison.Ordinal);
        }
    }
}
