using System.Globalization;
using System.Text;

namespace Bydelsrapport.Load;

/// <summary>
/// A fast path for the YAML the data files are written in: block mappings and sequences, plain,
/// quoted and literal (<c>|</c>) scalars, and flow collections (<c>[a, b]</c>, <c>{id: x}</c>) such as
/// table rows. It builds the same <see cref="YamlNode"/> tree, positions included, as the YamlDotNet
/// path in <see cref="YamlReader"/>, and gives up (returns null) on anything else: anchors, tags,
/// folded or multi-line plain scalars, duplicate keys, every syntax error. The caller then reads the
/// file with YamlDotNet, which gives the same tree or the precise finding. Why it exists: YamlDotNet's
/// parser ran at about 10 MB/s and was a fifth of a full build's CPU time; a test holds both paths to
/// the same tree on every data file in the repository.
/// </summary>
internal sealed class FastYamlParser
{
    private const int MaxDepth = 90;

    private readonly string _text;
    private int _i;
    private int _line = 1;
    private int _lineStart;

    private FastYamlParser(string text) => _text = text;

    /// <summary>The tree, or null when the text is outside the fast path's subset (or wrong).</summary>
    public static YamlMapping? TryParse(string text)
    {
        if (text.Contains('\r') || text.Contains('\t'))
        {
            return null;
        }
        try
        {
            return new FastYamlParser(text).Document();
        }
        catch (GiveUp)
        {
            return null;
        }
    }

    private sealed class GiveUp : Exception;

    private static GiveUp Fallback() => new();

    private Position Here => new(_line, _i - _lineStart + 1);

    private int Indent => _i - _lineStart;

    private bool AtEnd => _i >= _text.Length;

    private char Cur => _i < _text.Length ? _text[_i] : '\0';

    private char Peek(int ahead) => _i + ahead < _text.Length ? _text[_i + ahead] : '\0';

    private YamlMapping Document()
    {
        SkipToContent();
        if (AtEnd || Indent != 0 || Cur is '%' || _text.AsSpan(_i).StartsWith("---") || _text.AsSpan(_i).StartsWith("..."))
        {
            throw Fallback();
        }
        if (!IsKeyLine())
        {
            throw Fallback();
        }
        var root = BlockMapping(0, 0);
        if (!AtEnd)
        {
            throw Fallback();
        }
        return root;
    }

    // ---- lines -------------------------------------------------------------------------------

    private void NewLine()
    {
        _i++;
        _line++;
        _lineStart = _i;
    }

    /// <summary>From anywhere on a line: past blank and comment-only lines to the first content character (or the end).</summary>
    private void SkipToContent()
    {
        while (!AtEnd)
        {
            while (Cur == ' ')
            {
                _i++;
            }
            if (Cur == '\n')
            {
                NewLine();
            }
            else if (Cur == '#')
            {
                SkipRestOfLine();
            }
            else
            {
                return;
            }
        }
    }

    private void SkipRestOfLine()
    {
        var nl = _text.IndexOf('\n', _i);
        _i = nl < 0 ? _text.Length : nl;
    }

    /// <summary>After a node on its line: only spaces and a comment may follow; then on to the next content.</summary>
    private void EndOfNodeLine()
    {
        while (Cur == ' ')
        {
            _i++;
        }
        if (Cur == '#')
        {
            if (_text[_i - 1] != ' ')
            {
                throw Fallback();
            }
            SkipRestOfLine();
        }
        if (!AtEnd && Cur != '\n')
        {
            throw Fallback();
        }
        SkipToContent();
    }

    // ---- block collections ---------------------------------------------------------------------

    /// <summary>Whether the line from here is «key:» followed by a space or the line's end (a plain key).</summary>
    private bool IsKeyLine()
    {
        if (!CanStartPlain(flow: false))
        {
            return false;
        }
        for (var j = _i; j < _text.Length && _text[j] != '\n'; j++)
        {
            var c = _text[j];
            if (c == '#' && _text[j - 1] == ' ')
            {
                return false;
            }
            if (c == ':' && (j + 1 >= _text.Length || _text[j + 1] is ' ' or '\n'))
            {
                return true;
            }
        }
        return false;
    }

    private YamlMapping BlockMapping(int indent, int depth)
    {
        if (depth > MaxDepth)
        {
            throw Fallback();
        }
        var start = Here;
        var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
        HashSet<string>? seen = null;
        while (true)
        {
            var keyPos = Here;
            var colon = _i;
            while (!(_text[colon] == ':' && (colon + 1 >= _text.Length || _text[colon + 1] is ' ' or '\n')))
            {
                colon++;
            }
            var key = _text.AsSpan(_i, colon - _i).TrimEnd(' ').ToString();
            if (key.Length == 0 || key.Contains(": ", StringComparison.Ordinal) || key.Contains(" #", StringComparison.Ordinal))
            {
                throw Fallback();
            }
            seen ??= new HashSet<string>(StringComparer.Ordinal);
            if (!seen.Add(key))
            {
                // Duplicate keys are reported by the full path, with both lines.
                throw Fallback();
            }
            _i = colon + 1;
            var value = MappingValue(indent, depth);
            entries.Add(new(new YamlScalar(keyPos, key, Plain: true), value));
            if (AtEnd || Indent < indent)
            {
                break;
            }
            if (Indent > indent || !IsKeyLine())
            {
                throw Fallback();
            }
        }
        return new YamlMapping(start, entries);
    }

    /// <summary>The value after «key:»: on the same line, on the lines below, or empty.</summary>
    private YamlNode MappingValue(int indent, int depth)
    {
        // An empty value is a null scalar right after the colon (where YamlDotNet puts it).
        var empty = Here;
        while (Cur == ' ')
        {
            _i++;
        }
        if (AtEnd || Cur is '\n' or '#')
        {
            if (Cur == '#' && _text[_i - 1] != ' ')
            {
                throw Fallback();
            }
            SkipToContent();
            if (!AtEnd && Indent > indent)
            {
                return BlockNode(Indent, depth + 1);
            }
            if (!AtEnd && Indent == indent && IsSequenceEntry())
            {
                return BlockSequence(indent, depth + 1);
            }
            return new YamlScalar(empty, "", Plain: true);
        }
        return InlineNode(indent, depth + 1);
    }

    private bool IsSequenceEntry() => Cur == '-' && (Peek(1) is ' ' or '\n' || _i + 1 >= _text.Length);

    /// <summary>A node that starts a line of its own (below «key:» or «-»).</summary>
    private YamlNode BlockNode(int indent, int depth)
    {
        if (IsSequenceEntry())
        {
            return BlockSequence(indent, depth);
        }
        if (IsKeyLine())
        {
            return BlockMapping(indent, depth);
        }
        return InlineNode(indent - 1, depth);
    }

    private YamlSequence BlockSequence(int indent, int depth)
    {
        if (depth > MaxDepth)
        {
            throw Fallback();
        }
        var start = Here;
        var items = new List<YamlNode>();
        while (true)
        {
            _i++; // the dash
            while (Cur == ' ')
            {
                _i++;
            }
            if (AtEnd || Cur is '\n' or '#')
            {
                SkipToContent();
                if (AtEnd || Indent <= indent)
                {
                    throw Fallback(); // an empty entry
                }
                items.Add(BlockNode(Indent, depth + 1));
            }
            else if (IsSequenceEntry())
            {
                throw Fallback(); // «- - a»
            }
            else if (IsKeyLine())
            {
                items.Add(BlockMapping(Indent, depth + 1));
            }
            else
            {
                items.Add(InlineNode(indent, depth + 1));
            }
            if (AtEnd || Indent < indent)
            {
                break;
            }
            if (Indent > indent)
            {
                throw Fallback();
            }
            if (!IsSequenceEntry())
            {
                break; // a key of the enclosing mapping at the same indentation
            }
        }
        return new YamlSequence(start, items);
    }

    /// <summary>A scalar or flow collection starting here, then the rest of its line.</summary>
    /// <param name="parentIndent">The indentation of the block it belongs to: a literal's lines and a flow collection's must be deeper.</param>
    private YamlNode InlineNode(int parentIndent, int depth)
    {
        YamlNode node;
        switch (Cur)
        {
            case '|':
                return Literal(parentIndent);
            case '"':
                node = DoubleQuoted();
                break;
            case '\'':
                node = SingleQuoted();
                break;
            case '[' or '{':
                node = Flow(parentIndent, depth);
                break;
            default:
                node = BlockPlain();
                break;
        }
        EndOfNodeLine();
        return node;
    }

    // ---- scalars --------------------------------------------------------------------------------

    private bool CanStartPlain(bool flow)
    {
        var c = Cur;
        if (c is ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' or '\n' or ' ' or '\0')
        {
            return false;
        }
        if (c is '?' or ':')
        {
            // YamlDotNet reads these as indicators in places where YAML 1.2 would start a scalar: leave them to it.
            return false;
        }
        if (c == '-')
        {
            var next = Peek(1);
            return !(next is ' ' or '\n' or '\0' || (flow && next is ',' or '[' or ']' or '{' or '}'));
        }
        return true;
    }

    /// <summary>A plain scalar in block context: the rest of the line, up to a comment.</summary>
    private YamlScalar BlockPlain()
    {
        if (!CanStartPlain(flow: false))
        {
            throw Fallback();
        }
        var start = Here;
        var from = _i;
        var end = _i;
        while (!AtEnd && Cur != '\n')
        {
            if (Cur == '#' && _text[_i - 1] == ' ')
            {
                break;
            }
            if (Cur == ':' && (Peek(1) is ' ' or '\n' || _i + 1 >= _text.Length))
            {
                throw Fallback(); // «mapping values are not allowed here»
            }
            _i++;
            if (_text[_i - 1] != ' ')
            {
                end = _i;
            }
        }
        _i = end;
        return new YamlScalar(start, _text[from..end], Plain: true);
    }

    private YamlScalar DoubleQuoted()
    {
        var start = Here;
        _i++;
        var sb = new StringBuilder();
        while (true)
        {
            var stop = _text.AsSpan(_i).IndexOfAny('"', '\\', '\n');
            if (stop < 0)
            {
                throw Fallback();
            }
            sb.Append(_text, _i, stop);
            _i += stop;
            switch (Cur)
            {
                case '"':
                    _i++;
                    return new YamlScalar(start, sb.ToString(), Plain: false);
                case '\n':
                    throw Fallback(); // folded over lines
                default:
                    Escape(sb);
                    break;
            }
        }
    }

    private void Escape(StringBuilder sb)
    {
        var e = Peek(1);
        _i += 2;
        switch (e)
        {
            case '"' or '\\' or '/' or ' ':
                sb.Append(e);
                break;
            case 'n': sb.Append('\n'); break;
            case 't': sb.Append('\t'); break;
            case 'r': sb.Append('\r'); break;
            case '0': sb.Append('\0'); break;
            case 'a': sb.Append('\a'); break;
            case 'b': sb.Append('\b'); break;
            case 'e': sb.Append('\u001B'); break;
            case 'f': sb.Append('\f'); break;
            case 'v': sb.Append('\v'); break;
            case 'N': sb.Append('\u0085'); break;
            case '_': sb.Append('\u00A0'); break;
            case 'L': sb.Append('\u2028'); break;
            case 'P': sb.Append('\u2029'); break;
            case 'x': sb.Append(Hex(2)); break;
            case 'u': sb.Append(Hex(4)); break;
            case 'U': sb.Append(Hex(8)); break;
            default: throw Fallback();
        }
    }

    private string Hex(int digits)
    {
        if (_i + digits > _text.Length || !int.TryParse(_text.AsSpan(_i, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            || code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF)
        {
            throw Fallback();
        }
        _i += digits;
        return char.ConvertFromUtf32(code);
    }

    private YamlScalar SingleQuoted()
    {
        var start = Here;
        _i++;
        var sb = new StringBuilder();
        while (true)
        {
            var stop = _text.AsSpan(_i).IndexOfAny('\'', '\n');
            if (stop < 0 || _text[_i + stop] == '\n')
            {
                throw Fallback();
            }
            sb.Append(_text, _i, stop);
            _i += stop + 1;
            if (Cur != '\'')
            {
                return new YamlScalar(start, sb.ToString(), Plain: false);
            }
            sb.Append('\'');
            _i++;
        }
    }

    /// <summary>A literal block scalar (<c>|</c>, <c>|-</c>, <c>|+</c>): the lines below, deeper than the parent block.</summary>
    private YamlScalar Literal(int parentIndent)
    {
        var start = Here;
        _i++;
        var chomp = Cur is '-' or '+' ? _text[_i++] : ' ';
        while (Cur == ' ')
        {
            _i++;
        }
        if (Cur == '#' && _text[_i - 1] == ' ')
        {
            SkipRestOfLine();
        }
        if (Cur != '\n')
        {
            throw Fallback(); // an indentation indicator, or text after «|»
        }
        NewLine();

        // The block's indentation is the first non-blank line's; blank lines before it may not be longer.
        var blockIndent = -1;
        var longestLeadingBlank = 0;
        for (var j = _i; j < _text.Length;)
        {
            var k = j;
            while (k < _text.Length && _text[k] == ' ')
            {
                k++;
            }
            if (k < _text.Length && _text[k] != '\n')
            {
                blockIndent = k - j;
                break;
            }
            longestLeadingBlank = Math.Max(longestLeadingBlank, k - j);
            if (k >= _text.Length)
            {
                break;
            }
            j = k + 1;
        }
        if (blockIndent <= parentIndent || longestLeadingBlank > blockIndent)
        {
            throw Fallback(); // empty, or not indented as YAML wants
        }

        var lines = new List<string>();
        while (!AtEnd)
        {
            var nl = _text.IndexOf('\n', _i);
            if (nl < 0)
            {
                throw Fallback(); // the last line has no line break: chomping differs
            }
            var k = _i;
            while (k < nl && _text[k] == ' ')
            {
                k++;
            }
            var blank = k == nl;
            if (!blank && k - _i < blockIndent)
            {
                break; // a less indented line ends the scalar
            }
            lines.Add(k - _i >= blockIndent ? _text[(_i + blockIndent)..nl] : "");
            _i = nl;
            NewLine();
        }
        var trailing = 0;
        while (trailing < lines.Count && lines[lines.Count - 1 - trailing].Length == 0)
        {
            trailing++;
        }
        var content = string.Join('\n', lines.Take(lines.Count - trailing));
        var value = chomp switch
        {
            '-' => content,
            '+' => content + new string('\n', trailing + 1),
            _ => content + "\n",
        };
        // The block ended at a line start: go on to the next content.
        SkipToContent();
        return new YamlScalar(start, value, Plain: false);
    }

    // ---- flow collections -------------------------------------------------------------------------

    /// <summary>Spaces, line breaks and comments inside a flow collection; a new line must stay deeper than the block.</summary>
    private void SkipFlowSpace(int parentIndent)
    {
        while (true)
        {
            while (Cur == ' ')
            {
                _i++;
            }
            if (Cur == '#' && _text[_i - 1] == ' ')
            {
                SkipRestOfLine();
            }
            if (Cur != '\n')
            {
                return;
            }
            NewLine();
            while (Cur == ' ')
            {
                _i++;
            }
            if (Cur is not ('\n' or '#') && Indent <= parentIndent)
            {
                throw Fallback();
            }
        }
    }

    private YamlNode Flow(int parentIndent, int depth)
    {
        if (depth > MaxDepth)
        {
            throw Fallback();
        }
        var start = Here;
        var mapping = Cur == '{';
        var close = mapping ? '}' : ']';
        _i++;
        var items = new List<YamlNode>();
        var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
        HashSet<string>? seen = null;
        SkipFlowSpace(parentIndent);
        while (Cur != close)
        {
            if (mapping)
            {
                if (!CanStartPlain(flow: true))
                {
                    throw Fallback();
                }
                var key = FlowPlain(parentIndent);
                if (Cur != ':' || Peek(1) != ' ')
                {
                    throw Fallback();
                }
                _i++;
                SkipFlowSpace(parentIndent);
                seen ??= new HashSet<string>(StringComparer.Ordinal);
                if (!seen.Add(key.Value))
                {
                    throw Fallback();
                }
                entries.Add(new(key, FlowNode(parentIndent, depth + 1)));
            }
            else
            {
                items.Add(FlowNode(parentIndent, depth + 1));
                if (Cur == ':')
                {
                    throw Fallback(); // a pair inside a sequence
                }
            }
            if (Cur == ',')
            {
                _i++;
                SkipFlowSpace(parentIndent);
            }
            else if (Cur != close)
            {
                throw Fallback();
            }
        }
        _i++;
        return mapping ? new YamlMapping(start, entries) : new YamlSequence(start, items);
    }

    private YamlNode FlowNode(int parentIndent, int depth)
    {
        YamlNode node = Cur switch
        {
            '"' => DoubleQuoted(),
            '\'' => SingleQuoted(),
            '[' or '{' => Flow(parentIndent, depth),
            _ when CanStartPlain(flow: true) => FlowPlain(parentIndent),
            _ => throw Fallback(),
        };
        SkipFlowSpace(parentIndent);
        return node;
    }

    /// <summary>A plain scalar inside a flow collection: up to «,», a bracket, «: » or a comment, on one line.</summary>
    private YamlScalar FlowPlain(int parentIndent)
    {
        var start = Here;
        var from = _i;
        var end = _i;
        while (!AtEnd)
        {
            var c = Cur;
            if (c is ',' or '[' or ']' or '{' or '}' or '\n' || (c == '#' && _text[_i - 1] == ' ')
                || (c == ':' && Peek(1) is ' ' or ',' or '[' or ']' or '{' or '}' or '\n'))
            {
                break;
            }
            _i++;
            if (c != ' ')
            {
                end = _i;
            }
        }
        if (Cur is '[' or '{')
        {
            throw Fallback();
        }
        _i = end;
        var scalar = new YamlScalar(start, _text[from..end], Plain: true);
        // A plain scalar that goes on over a line break is folded: the full path handles that.
        var before = _i;
        var line = _line;
        SkipFlowSpace(parentIndent);
        if (_line != line && Cur is not (',' or ']' or '}' or ':'))
        {
            throw Fallback();
        }
        if (Cur == ':' && _i != before && _line == line)
        {
            // «key : value» with a space before the colon: fine in YAML, but keep the fast path simple.
            throw Fallback();
        }
        return scalar;
    }
}
