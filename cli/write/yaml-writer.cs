using System.Globalization;
using System.Text;
using Bydelsrapport.Load;

namespace Bydelsrapport.Write;

/// <summary>
/// Writes a <see cref="YamlNode"/> tree as block-style YAML in the data files' own style: two-space
/// indentation, Markdown as literal blocks, strings quoted only where YAML would misread them.
/// Deterministic, so generated files diff cleanly.
/// </summary>
public static class YamlWriter
{
    public static string Write(YamlMapping root, string? header = null)
    {
        var sb = new StringBuilder();
        if (header is not null)
        {
            sb.Append(header).Append('\n');
        }
        WriteMapping(sb, root, 0);
        return sb.ToString();
    }

    private static void WriteMapping(StringBuilder sb, YamlMapping map, int indent, bool firstInline = false)
    {
        var first = true;
        foreach (var (key, value) in map.Entries)
        {
            if (!(first && firstInline))
            {
                sb.Append(' ', indent);
            }
            first = false;
            sb.Append(Key(key.Value)).Append(':');
            WriteValue(sb, value, indent);
        }
    }

    private static void WriteValue(StringBuilder sb, YamlNode value, int indent)
    {
        switch (value)
        {
            case YamlMapping { Entries.Count: 0 }:
                sb.Append(" {}\n");
                break;
            case YamlSequence { Items.Count: 0 }:
                sb.Append(" []\n");
                break;
            case YamlMapping m:
                sb.Append('\n');
                WriteMapping(sb, m, indent + 2);
                break;
            case YamlSequence s:
                sb.Append('\n');
                WriteSequence(sb, s, indent + 2);
                break;
            case YamlScalar sc:
                WriteScalar(sb, sc, indent);
                break;
        }
    }

    private static void WriteSequence(StringBuilder sb, YamlSequence seq, int indent)
    {
        foreach (var item in seq.Items)
        {
            sb.Append(' ', indent).Append("- ");
            switch (item)
            {
                case YamlMapping { Entries.Count: > 0 } m:
                    WriteMapping(sb, m, indent + 2, firstInline: true);
                    break;
                case YamlSequence { Items.Count: > 0 } s:
                    sb.Append('\n');
                    WriteSequence(sb, s, indent + 2);
                    break;
                case YamlMapping:
                    sb.Append("{}\n");
                    break;
                case YamlSequence:
                    sb.Append("[]\n");
                    break;
                case YamlScalar sc:
                    sb.Length--; // WriteScalar writes its own leading space
                    WriteScalar(sb, sc, indent);
                    break;
            }
        }
    }

    private static void WriteScalar(StringBuilder sb, YamlScalar s, int indent)
    {
        if (s.IsNull)
        {
            sb.Append(" ~\n");
        }
        else if (s.Plain && (s.IsNumber || s.IsBoolean))
        {
            sb.Append(' ').Append(s.Value).Append('\n');
        }
        else if (s.Value.Contains('\n', StringComparison.Ordinal))
        {
            var text = s.Value;
            var chomp = text.EndsWith('\n') ? "" : "-";
            sb.Append(" |").Append(chomp).Append('\n');
            foreach (var line in text.TrimEnd('\n').Split('\n'))
            {
                if (line.Length > 0)
                {
                    sb.Append(' ', indent + 2).Append(line);
                }
                sb.Append('\n');
            }
        }
        else
        {
            sb.Append(' ').Append(Text(s.Value)).Append('\n');
        }
    }

    private static string Key(string key) => IsPlainSafe(key) || YamlNumber.IsInteger(key) ? key : Quote(key);

    /// <summary>A text as a plain scalar when YAML reads it back as the same text, else double-quoted.</summary>
    public static string Text(string value) => IsPlainSafe(value) ? value : Quote(value);

    private static bool IsPlainSafe(string v)
    {
        if (v.Length == 0 || v != v.Trim() || YamlNumber.IsNumber(v)
            || v is "~" or "null" or "Null" or "NULL" or "true" or "True" or "TRUE" or "false" or "False" or "FALSE"
            || v.Contains(": ", StringComparison.Ordinal) || v.Contains(" #", StringComparison.Ordinal) || v.EndsWith(':'))
        {
            return false;
        }
        if ("-?:,[]{}#&*!|>'\"%@`".Contains(v[0], StringComparison.Ordinal))
        {
            return false;
        }
        return v.All(c => !char.IsControl(c) && c is not ('{' or '}' or '[' or ']' or ',' or '"'));
    }

    private static string Quote(string v)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in v)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\t' => "\\t",
                '\r' => "\\r",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return sb.Append('"').ToString();
    }
}

/// <summary>Builds <see cref="YamlNode"/> trees in code (for skeletons and next year's files).</summary>
public static class Y
{
    private static readonly Position P = new(1, 1);

    public static YamlScalar Null => new(P, "", Plain: true);

    public static YamlScalar Str(string value) => new(P, value, Plain: false);

    public static YamlScalar Num(decimal value) => new(P, value.ToString(CultureInfo.InvariantCulture), Plain: true);

    public static YamlScalar Int(int value) => new(P, value.ToString(CultureInfo.InvariantCulture), Plain: true);

    public static YamlScalar Bool(bool value) => new(P, value ? "true" : "false", Plain: true);

    public static YamlSequence Seq(IEnumerable<YamlNode> items) => new(P, items.ToList());

    public static YamlMapping Map(params (string Key, YamlNode? Value)[] entries) =>
        new(P, entries.Where(e => e.Value is not null).Select(e => new KeyValuePair<YamlScalar, YamlNode>(new YamlScalar(P, e.Key, Plain: true), e.Value!)).ToList());

    public static YamlMapping Map(IEnumerable<KeyValuePair<YamlScalar, YamlNode>> entries) => new(P, entries.ToList());
}
