using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Bydelsrapport.Tests.Render;

/// <summary>
/// How much of a published report's words and numbers a rendered report carries, measured as
/// ../shared/tools/fidelity.py does, so the figures agree:
/// both texts are normalised the same way (script and style elements, HTML tags and entities removed,
/// lower case, every run of characters other than letters and digits made one space);
/// text recall is the share of the source's distinct word 5-grams found in the output;
/// number recall is the share of the source's distinct 3-grams of digit groups (the tokens that are
/// all digits, words dropped: table rows in order) found in the output.
/// </summary>
internal static partial class Fidelitet
{
    public sealed record Resultat(double Tekst, double Tall);

    public static Resultat Mal(string kilde, string gjengitt)
    {
        var src = Normaliser(kilde);
        var ut = Normaliser(gjengitt);
        var sg = Gram(src, 5);
        var og = Gram(ut, 5);
        var sd = Gram(src.Where(ErTall).ToList(), 3);
        var od = Gram(ut.Where(ErTall).ToList(), 3);
        return new Resultat(
            (double)sg.Count(og.Contains) / Math.Max(1, sg.Count),
            (double)sd.Count(od.Contains) / Math.Max(1, sd.Count));
    }

    private static bool ErTall(string t) => t.All(char.IsAsciiDigit);

    public static List<string> Normaliser(string tekst)
    {
        tekst = ScriptOgStil().Replace(tekst, " ");
        tekst = Tagg().Replace(tekst, " ");
        tekst = WebUtility.HtmlDecode(tekst).ToLowerInvariant();
        tekst = IkkeOrd().Replace(tekst, " ");
        return tekst.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    private static HashSet<string> Gram(List<string> tokens, int n)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var sb = new StringBuilder();
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            sb.Clear();
            for (var j = 0; j < n; j++)
            {
                sb.Append(tokens[i + j]).Append(' ');
            }
            set.Add(sb.ToString());
        }
        return set;
    }

    [GeneratedRegex("<(script|style)\\b.*?</\\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOgStil();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tagg();

    [GeneratedRegex("[^0-9a-zæøåäöüéèáàóòôâêîûç]+")]
    private static partial Regex IkkeOrd();
}
