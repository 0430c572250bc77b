using Bydelsrapport.Load;

namespace Bydelsrapport.Validate;

public enum Level
{
    Advarsel,
    Feil,
}

/// <summary>
/// One validation finding. <see cref="Path"/> is the YAML path of the offending value
/// (<c>blokker[2].sum.regnskap</c>): the baseline keys on it, never on a line number.
/// </summary>
public sealed record Finding(string File, Position Position, string Path, Level Level, string Code, string Message)
{
    /// <summary>Set when the baseline acknowledges this finding as printed in the published report.</summary>
    public string? Acknowledged { get; init; }

    public bool Fails => Level == Level.Feil && Acknowledged is null;

    public static Finding Error(string file, Position at, string path, string code, string message) =>
        new(file, at, path, Level.Feil, code, message);

    public static Finding Warning(string file, Position at, string path, string code, string message) =>
        new(file, at, path, Level.Advarsel, code, message);

    public override string ToString()
    {
        var level = Level == Level.Feil ? "feil" : "advarsel";
        var ack = Acknowledged is null ? "" : $" [godkjent i baseline: {Acknowledged}]";
        return $"{File}:{Position.Line}:{Position.Column}: {level} {Code}: {Message}{ack}";
    }

    /// <summary>Sorted output: by file, then position, then code, so runs compare line by line.</summary>
    public static int Compare(Finding a, Finding b)
    {
        var c = string.CompareOrdinal(a.File, b.File);
        if (c == 0) c = a.Position.Line.CompareTo(b.Position.Line);
        if (c == 0) c = a.Position.Column.CompareTo(b.Position.Column);
        if (c == 0) c = string.CompareOrdinal(a.Code, b.Code);
        if (c == 0) c = string.CompareOrdinal(a.Path, b.Path);
        return c;
    }
}
