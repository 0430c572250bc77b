using System.Globalization;
using System.Text;
using Bydelsrapport.Model;

namespace Bydelsrapport.Site;

/// <summary>
/// Comparison tables for analysts (RFC 4180): comma-separated, CRLF, a field quoted when it holds a
/// comma, quote or line break; numbers with a decimal point at the precision the data gives, so a
/// spreadsheet in any locale and a script read the same figure. UTF-8 without BOM, like every output file.
/// </summary>
internal static class Csv
{
    public static string Lag(IReadOnlyList<string> kolonner, IEnumerable<IReadOnlyList<string?>> rader)
    {
        var sb = new StringBuilder();
        Linje(sb, kolonner);
        foreach (var rad in rader)
        {
            if (rad.Count != kolonner.Count)
            {
                throw new InvalidOperationException($"CSV-rad med {rad.Count} felt, ventet {kolonner.Count}.");
            }
            Linje(sb, rad);
        }
        return sb.ToString();
    }

    private static void Linje(StringBuilder sb, IEnumerable<string?> felt)
    {
        sb.AppendJoin(',', felt.Select(Felt));
        sb.Append("\r\n");
    }

    private static string Felt(string? verdi)
    {
        if (verdi is null)
        {
            return "";
        }
        return verdi.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + verdi.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : verdi;
    }

    public static string? Tall(decimal? verdi) => verdi?.ToString(CultureInfo.InvariantCulture);

    /// <summary>A cell as written: a number with a decimal point, a target such as «&gt;44» or a status text as printed, empty for none.</summary>
    public static string? Celle(Celle? celle) => celle?.Tall is { } t ? Tall(t) : celle?.Tekst;
}
