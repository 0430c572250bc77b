namespace Bydelsrapport.Load;

/// <summary>Where a node starts in its file: 1-based line and column, as editors count.</summary>
public readonly record struct Position(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}

/// <summary>
/// A YAML node with its position. We build our own small tree from the parser's events instead of
/// YamlDotNet's representation model: it lets us refuse anchors and aliases before anything is
/// expanded (an alias bomb never grows), report duplicate keys with both positions, and keep the
/// scalar's style, which decides whether <c>3.4</c> is a number or text.
/// </summary>
public abstract record YamlNode(Position Position);

public sealed record YamlScalar(Position Position, string Value, bool Plain) : YamlNode(Position)
{
    /// <summary>YAML 1.2 core schema: a plain <c>~</c>, <c>null</c> or empty scalar is null.</summary>
    public bool IsNull => Plain && Value is "" or "~" or "null" or "Null" or "NULL";

    public bool IsBoolean => Plain && Value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE";

    /// <summary>A plain scalar that the core schema reads as an integer or a decimal number.</summary>
    public bool IsNumber => Plain && YamlNumber.IsNumber(Value);

    public bool IsInteger => Plain && YamlNumber.IsInteger(Value);
}

public sealed record YamlSequence(Position Position, IReadOnlyList<YamlNode> Items) : YamlNode(Position);

public sealed record YamlMapping(Position Position, IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries)
    : YamlNode(Position)
{
    public YamlNode? this[string key]
    {
        get
        {
            foreach (var (k, v) in Entries)
            {
                if (k.Value == key)
                {
                    return v;
                }
            }
            return null;
        }
    }
}
