using System.Globalization;

namespace Bydelsrapport.Load;

/// <summary>
/// Numbers as the YAML 1.2 core schema reads plain scalars, parsed straight to <see cref="decimal"/>
/// so that no amount passes through floating point and the printed precision (45.90) survives.
/// Exponents and .inf/.nan are refused: a report never prints them.
/// </summary>
public static class YamlNumber
{
    public static bool IsInteger(string text)
    {
        var i = text.Length > 0 && text[0] is '-' or '+' ? 1 : 0;
        if (i >= text.Length)
        {
            return false;
        }
        for (; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }
        return true;
    }

    public static bool IsNumber(string text) => TryParse(text, out _);

    public static bool TryParse(string text, out decimal value)
    {
        value = 0;
        var i = text.Length > 0 && text[0] is '-' or '+' ? 1 : 0;
        var digits = 0;
        var dots = 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c == '.' && dots == 0)
            {
                dots++;
            }
            else
            {
                return false;
            }
        }
        return digits > 0 && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out value);
    }
}
