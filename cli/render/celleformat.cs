using Bydelsrapport.Model;

namespace Bydelsrapport.Render;

/// <summary>
/// How a value reads in the report, decided once for Markdown and HTML alike: Norwegian number
/// format (thousands separated by a no-break space, decimal comma, ASCII minus as the published
/// reports print it), the precision the data gives, «%» for shares, status texts as written.
/// </summary>
public static class Celleformat
{
    /// <summary>U+00A0: a number never breaks over two lines in a table cell.</summary>
    public const string Nbsp = "\u00A0";

    private static readonly System.Globalization.NumberFormatInfo Norsk = Tallformat.CreateNorsk(Nbsp);

    public static string Tall(decimal value) =>
        value.ToString("N" + value.Scale.ToString(System.Globalization.CultureInfo.InvariantCulture), Norsk);

    public static string Tall(decimal value, string? enhet) =>
        enhet == "prosent" ? Tall(value) + Nbsp + "%" : Tall(value);

    /// <summary>A cell as text: a number with its unit, a target «&gt;44 %», a status text as written, or empty.</summary>
    public static string Celle(Celle? celle, string? enhet)
    {
        if (celle is null || celle.ErTom)
        {
            return "";
        }
        if (celle.Tall is { } t)
        {
            return Tall(t, enhet);
        }
        if (celle.Sammenligning is { } s)
        {
            return s.Operator + Nbsp + Tall(s.Terskel, enhet);
        }
        return celle.Tekst!;
    }
}
