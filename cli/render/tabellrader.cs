using System.Text;
using Scriban.Runtime;

namespace Bydelsrapport.Render;

/// <summary>
/// A table's body rows, written here rather than looped over in the template: a report has about a
/// thousand rows and six thousand cells, and Scriban interpreting the cell markup was a third of a
/// full build's time. The templates still own the table around the rows (caption, headings, notes)
/// and call these as <c>html_rader</c> and <c>md_rader</c>; a template that wants other row markup
/// loops over <c>t.rader</c> itself.
/// </summary>
internal static class Tabellrader
{
    /// <summary>
    /// One <c>&lt;tr&gt;</c> a line: the first cell a row header, figure columns marked <c>tall</c>,
    /// <c>data-kilde</c> naming the YAML the figure came from, a corrected figure with its marker and
    /// the published figure beside it. A group row spans the table.
    /// </summary>
    public static string Html(ScriptObject tabell)
    {
        var kolonner = Liste(tabell, "kolonner");
        var sb = new StringBuilder();
        foreach (var rad in Liste(tabell, "rader").OfType<ScriptObject>())
        {
            var celler = Liste(rad, "celler");
            var type = rad["type"] as string;
            if (type == "gruppe")
            {
                sb.Append("<tr class=\"gruppe\"><th scope=\"rowgroup\" colspan=\"").Append(kolonner.Count).Append("\">")
                    .Append(Narrativ.Html(Tekst(celler.Count > 0 ? celler[0] : null, "tekst"))).Append("</th></tr>\n");
                continue;
            }
            sb.Append(type == "sum" ? "<tr class=\"sum\">" : "<tr>");
            for (var i = 0; i < celler.Count; i++)
            {
                var celle = celler[i] as ScriptObject;
                var forste = i == 0;
                sb.Append(forste ? "<th scope=\"row\"" : "<td");
                if (!forste && i < kolonner.Count && (kolonner[i] as ScriptObject)?["tall"] is true)
                {
                    sb.Append(" class=\"tall\"");
                }
                if (Tekst(celle, "kilde") is { Length: > 0 } kilde)
                {
                    sb.Append(" data-kilde=\"").Append(Narrativ.Html(kilde)).Append('"');
                }
                sb.Append('>').Append(Narrativ.Html(Tekst(celle, "tekst")));
                if (Tekst(celle, "rettet") is { Length: > 0 } rettet)
                {
                    sb.Append("<sup>").Append(rettet).Append("</sup> <span class=\"publisert\">(publisert ")
                        .Append(Narrativ.Html(Tekst(celle, "publisert"))).Append(")</span>");
                }
                sb.Append(forste ? "</th>" : "</td>");
            }
            sb.Append("</tr>\n");
        }
        return sb.ToString();
    }

    /// <summary>
    /// One pipe-table line a row: a sum row's figures in bold, a corrected figure followed by its
    /// marker and the published figure, a group row in bold across empty cells.
    /// </summary>
    public static string Markdown(ScriptObject tabell)
    {
        var kolonner = Liste(tabell, "kolonner").Count;
        var sb = new StringBuilder();
        foreach (var rad in Liste(tabell, "rader").OfType<ScriptObject>())
        {
            var celler = Liste(rad, "celler");
            var type = rad["type"] as string;
            if (type == "gruppe")
            {
                sb.Append("| **").Append(Narrativ.MarkdownCelle(Tekst(celler.Count > 0 ? celler[0] : null, "tekst"))).Append("** |");
                for (var i = 1; i < kolonner; i++)
                {
                    sb.Append(" |");
                }
                sb.Append('\n');
                continue;
            }
            sb.Append('|');
            foreach (var celle in celler)
            {
                var tekst = Narrativ.MarkdownCelle(Tekst(celle, "tekst"));
                sb.Append(' ');
                if (type == "sum" && tekst.Length > 0)
                {
                    sb.Append("**").Append(tekst).Append("**");
                }
                else
                {
                    sb.Append(tekst);
                }
                if (Tekst(celle, "rettet") is { Length: > 0 } rettet)
                {
                    sb.Append(" (").Append(rettet).Append(", publisert ").Append(Tekst(celle, "publisert")).Append(')');
                }
                sb.Append(" |");
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static string? Tekst(object? celle, string felt) => (celle as ScriptObject)?[felt] as string;

    private static ScriptArray Liste(ScriptObject o, string felt) => o[felt] as ScriptArray ?? [];
}
