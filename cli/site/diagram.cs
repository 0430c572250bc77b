using System.Globalization;
using System.Text;
using Bydelsrapport.Render;

namespace Bydelsrapport.Site;

/// <summary>
/// Static SVG bar charts made at build time: no script, no library, the same bytes for the same data.
/// Hand-made because the charts are few and simple (grouped horizontal bars), and a library would
/// bring JavaScript or a runtime dependency. Each chart is an image with a title and a description
/// (role="img"); the page shows the same figures in a table beside it.
/// </summary>
internal static class Diagram
{
    public sealed record Serie(string Navn, string Farge);

    public sealed record Gruppe(string Navn, IReadOnlyList<decimal> Verdier);

    private const double Bredde = 720;
    private const double Etikett = 150;
    private const double Hoyre = 110;
    private const double Stolpe = 16;
    private const double Topp = 40;

    private static string F(double d) => Math.Round(d, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <param name="id">Unique on the page: the title and description are referred to by id.</param>
    public static string Stolper(string id, string tittel, string beskrivelse, IReadOnlyList<Serie> serier, IReadOnlyList<Gruppe> grupper, string? enhet)
    {
        var alle = grupper.SelectMany(g => g.Verdier).ToList();
        var min = (double)Math.Min(0, alle.Count == 0 ? 0 : alle.Min());
        var max = (double)Math.Max(0, alle.Count == 0 ? 0 : alle.Max());
        var spenn = max - min == 0 ? 1 : max - min;
        var plot = Bredde - Etikett - Hoyre;
        double X(decimal v) => Etikett + (((double)v - min) / spenn * plot);
        var gruppehoyde = (serier.Count * Stolpe) + 14;
        var hoyde = Topp + (grupper.Count * gruppehoyde) + 10;

        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"{id}-tittel {id}-beskrivelse\" viewBox=\"0 0 {F(Bredde)} {F(hoyde)}\" width=\"{F(Bredde)}\" height=\"{F(hoyde)}\" font-family=\"inherit\" font-size=\"13\">\n");
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-tittel\">{Narrativ.Html(tittel)}</title>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-beskrivelse\">{Narrativ.Html(beskrivelse)}</desc>\n");
        // Legend: a square and the series name, side by side.
        var lx = Etikett;
        foreach (var s in serier)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(lx)}\" y=\"8\" width=\"14\" height=\"14\" fill=\"{s.Farge}\"/><text x=\"{F(lx + 20)}\" y=\"20\">{Narrativ.Html(s.Navn)}</text>\n");
            lx += 20 + (s.Navn.Length * 7.5) + 24;
        }
        var y = Topp;
        foreach (var g in grupper)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(Etikett - 8)}\" y=\"{F(y + (serier.Count * Stolpe / 2) + 4)}\" text-anchor=\"end\">{Narrativ.Html(g.Navn)}</text>\n");
            for (var i = 0; i < serier.Count && i < g.Verdier.Count; i++)
            {
                var v = g.Verdier[i];
                var x0 = X(0);
                var x1 = X(v);
                var (fra, til) = x1 < x0 ? (x1, x0) : (x0, x1);
                sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(fra)}\" y=\"{F(y + (i * Stolpe))}\" width=\"{F(Math.Max(til - fra, 0.5))}\" height=\"{F(Stolpe - 2)}\" fill=\"{serier[i].Farge}\"/>");
                sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(til + 4)}\" y=\"{F(y + (i * Stolpe) + Stolpe - 5)}\">{Narrativ.Html(Celleformat.Tall(v, enhet))}</text>\n");
            }
            y += gruppehoyde;
        }
        if (min < 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(X(0))}\" y1=\"{F(Topp - 4)}\" x2=\"{F(X(0))}\" y2=\"{F(hoyde - 6)}\" stroke=\"#2a2859\"/>\n");
        }
        sb.Append("</svg>");
        return sb.ToString();
    }
}
