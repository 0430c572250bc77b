namespace Bydelsrapport.Load;

/// <summary>
/// The declared shape of a data file. One declaration serves both the loader's schema check and the
/// JSON Schema that editors use (<see cref="Bydelsrapport.Schema.SchemaWriter"/>), so the two can
/// never disagree.
/// </summary>
public abstract record Shape
{
    public string? Description { get; init; }
}

public enum ScalarKind
{
    /// <summary>Text; a plain scalar that YAML reads as a number or boolean is not text.</summary>
    Text,
    Integer,
    /// <summary>A decimal number, never floating point.</summary>
    Number,
    /// <summary>A table cell: a number, or a text as printed (status text, target like "&gt;44").</summary>
    Value,
    /// <summary>A date written yyyy-mm-dd.</summary>
    Date,
    /// <summary>true or false.</summary>
    Boolean,
}

public sealed record ScalarShape(ScalarKind Kind, IReadOnlyList<string>? Allowed = null) : Shape;

public sealed record ListShape(Shape Item) : Shape;

/// <summary>A mapping from year (four digits) to a value: <c>resultater: {2022: 96, 2023: 93}</c>.</summary>
public sealed record YearMapShape(Shape Value) : Shape;

public sealed record Field(string Name, Shape Shape, bool Required = false, bool Nullable = false);

/// <summary>A mapping with known keys. <see cref="Additional"/>, when set, admits other keys (a table row's column ids).</summary>
public sealed record ObjectShape(string Name, IReadOnlyList<Field> Fields, Shape? Additional = null) : Shape
{
    public Field? Find(string key) => Fields.FirstOrDefault(f => f.Name == key);
}

/// <summary>One of several object shapes, chosen by the value of the key <see cref="Tag"/> (a block's <c>type</c>).</summary>
public sealed record UnionShape(string Name, string Tag, IReadOnlyList<ObjectShape> Variants) : Shape;

/// <summary>A reference to a named shape, for recursion (a text block holds blocks).</summary>
public sealed record RefShape(string Name, Func<Shape> Target) : Shape;
