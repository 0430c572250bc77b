using System.Globalization;

namespace Bydelsrapport.Model;

/// <summary>
/// Norwegian number format as the published reports print it: thousands separated by a space,
/// decimal comma, ASCII hyphen-minus. nb-NO on .NET uses U+00A0 and U+2212; we decide here, on
/// purpose, instead of depending on the machine's culture.
/// </summary>
public static class Tallformat
{
    private static readonly NumberFormatInfo Norsk = CreateNorsk(" ");

    public static NumberFormatInfo CreateNorsk(string groupSeparator)
    {
        var f = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        f.NumberGroupSeparator = groupSeparator;
        f.NumberDecimalSeparator = ",";
        f.NegativeSign = "-";
        f.NumberGroupSizes = [3];
        return f;
    }

    /// <summary>The number at its own precision: 217473 → «217 473», 45.90 → «45,90».</summary>
    public static string Tall(decimal value) => value.ToString("N" + value.Scale.ToString(CultureInfo.InvariantCulture), Norsk);

    /// <summary>The number at a given number of decimals.</summary>
    public static string Tall(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Norsk);
}
