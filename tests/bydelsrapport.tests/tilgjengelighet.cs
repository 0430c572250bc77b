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
    }
}
