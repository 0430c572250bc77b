using Markdig;

namespace Bydelsrapport.Render;

/// <summary>
/// Narrative Markdown. For HTML through Markdig with raw HTML disabled: a &lt;script&gt; typed into a
/// rapportering comes out as text. For Markdown output, text goes in as written, except inside
/// table cells, where a pipe or a line break would break the table.
/// </summary>
public static class Narrativ
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .Build();

    public static string TilHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToHtml(markdown, Pipeline).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');

    /// <summary>HTML text escaping of the five significant characters only; Norwegian letters stay readable.</summary>
    public static string Html(string? tekst) =>
        tekst is null ? "" : tekst
            .Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("'", "&#39;", StringComparison.Ordinal);

    public static string MarkdownCelle(string? tekst) =>
        (tekst ?? "").Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\r\n", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    /// <summary>
    /// A line of plain text (a footnote, a note) that must not turn into Markdown structure: a leading
    /// «*», «-», «+», «#», «&gt;» or «1)» / «1.» would make a list, heading or quote.
    /// </summary>
    public static string MarkdownLinje(string? tekst)
    {
        var t = (tekst ?? "").Replace("\n", " ", StringComparison.Ordinal);
        if (t.Length == 0)
        {
            return t;
        }
        if (t[0] is '*' or '-' or '+' or '#' or '>' or '_' or '=')
        {
            return "\\" + t;
        }
        var i = 0;
        while (i < t.Length && char.IsAsciiDigit(t[i]))
        {
            i++;
        }
        return i > 0 && i < t.Length && t[i] is '.' or ')' ? t[..i] + "\\" + t[i..] : t;
    }

    /// <summary>Narrative as a Markdown paragraph block: trailing whitespace and blank-line runs trimmed.</summary>
    public static string MarkdownAvsnitt(string? tekst) => (tekst ?? "").Trim('\n', ' ');
}
