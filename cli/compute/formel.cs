using Bydelsrapport.Load;

namespace Bydelsrapport.Compute;

/// <summary>
/// The small formula language of table columns: column ids and numbers joined by <c>+</c> and
/// <c>-</c>, and <c>andel(a, b)</c> for a / b × 100. Deliberately no more: a report's derived
/// columns are differences, sums and shares.
/// </summary>
public static class Formel
{
    public static decimal? Evaluate(string formel, Func<string, decimal?> lookup)
    {
        var terms = Parse(formel);
        if (terms is null)
        {
            return null;
        }
        decimal sum = 0;
        foreach (var (sign, term) in terms)
        {
            var v = term.Andel is { } a
                ? (lookup(a.Teller) is { } t && lookup(a.Nevner) is { } n && n != 0 ? t / n * 100 : null)
                : term.Konstant ?? lookup(term.Id!);
            if (v is null)
            {
                return null;
            }
            sum += sign * v.Value;
        }
        return sum;
    }

    /// <summary>The column ids a formula refers to; null when it cannot be parsed.</summary>
    public static IReadOnlyList<string>? Referanser(string formel) =>
        Parse(formel)?.SelectMany(t => t.Term.Andel is { } a ? new[] { a.Teller, a.Nevner } : t.Term.Id is { } id ? [id] : []).ToList();

    private sealed record Term(string? Id, decimal? Konstant, (string Teller, string Nevner)? Andel);

    private static List<(int Sign, Term Term)>? Parse(string formel)
    {
        var result = new List<(int, Term)>();
        var sign = 1;
        var expectTerm = true;
        var i = 0;
        var s = formel.Trim();
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (expectTerm)
            {
                if (c is '-' or '+')
                {
                    sign = c == '-' ? -sign : sign;
                    i++;
                    continue;
                }
                var start = i;
                while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] is '_' or '.'))
                {
                    i++;
                }
                var word = s[start..i];
                if (word.Length == 0)
                {
                    return null;
                }
                Term term;
                if (word == "andel" && i < s.Length && s[i] == '(')
                {
                    var close = s.IndexOf(')', i);
                    if (close < 0)
                    {
                        return null;
                    }
                    var args = s[(i + 1)..close].Split(',', StringSplitOptions.TrimEntries);
                    if (args.Length != 2 || args.Any(a => a.Length == 0))
                    {
                        return null;
                    }
                    term = new Term(null, null, (args[0], args[1]));
                    i = close + 1;
                }
                else
                {
                    term = YamlNumber.TryParse(word, out var k) ? new Term(null, k, null) : new Term(word, null, null);
                }
                result.Add((sign, term));
                sign = 1;
                expectTerm = false;
            }
            else
            {
                if (c is not ('+' or '-'))
                {
                    return null;
                }
                sign = c == '-' ? -1 : 1;
                expectTerm = true;
                i++;
            }
        }
        return expectTerm ? null : result;
    }
}
