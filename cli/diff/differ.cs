using Bydelsrapport.Load;
using Bydelsrapport.Validate;

namespace Bydelsrapport.Diff;

public sealed record Figurendring(Figur? Gammel, Figur? Ny)
{
    public Figur Figur => Ny ?? Gammel!;

    public decimal? Endring => Gammel?.Tall is { } g && Ny?.Tall is { } n ? n - g : null;

    public decimal? Prosent => Gammel?.Tall is { } g && g != 0 && Endring is { } e ? Math.Round(e / Math.Abs(g) * 100, 1, MidpointRounding.AwayFromZero) : null;
}

public sealed record Radendring(string Rapport, string Kapittel, string Tabell, string RadNavn, bool LagtTil);

public sealed record Tekstendring(string Rapport, string Kapittel, string Tiltak, string Gammel, string Ny, string Orddiff);

public sealed record Funnendring(Finding Funn, bool Ny);

/// <summary>What changed between two revisions of the data, per report and chapter.</summary>
public sealed record Diffresultat(
    string Base, string Head,
    IReadOnlyList<Figurendring> Figurer,
    IReadOnlyList<Radendring> Rader,
    IReadOnlyList<Tekstendring> Tekster,
    IReadOnlyList<Funnendring> Funn)
{
    public bool Tom => Figurer.Count == 0 && Rader.Count == 0 && Tekster.Count == 0 && Funn.Count == 0;
}

/// <summary>Compares two data sets: changed figures, rows added and removed, changed rapportering, findings added or resolved.</summary>
public static class Differ
{
    public static Diffresultat Sammenlign(string baseNavn, Dataset gammel, string headNavn, Dataset ny)
    {
        var g = Figurer.Fra(gammel).GroupBy(f => f.Nokkel).ToDictionary(x => x.Key, x => x.First(), StringComparer.Ordinal);
        var n = Figurer.Fra(ny).GroupBy(f => f.Nokkel).ToDictionary(x => x.Key, x => x.First(), StringComparer.Ordinal);
        var gRader = g.Values.Select(f => f.RadNokkel).ToHashSet(StringComparer.Ordinal);
        var nRader = n.Values.Select(f => f.RadNokkel).ToHashSet(StringComparer.Ordinal);

        var figurer = new List<Figurendring>();
        foreach (var (nokkel, fNy) in n)
        {
            if (g.TryGetValue(nokkel, out var fGammel))
            {
                if (fGammel.Tall != fNy.Tall || fGammel.Tekst != fNy.Tekst)
                {
                    figurer.Add(new Figurendring(fGammel, fNy));
                }
            }
            else if (gRader.Contains(fNy.RadNokkel) && (fNy.Tall is not null || fNy.Tekst is not null))
            {
                figurer.Add(new Figurendring(null, fNy)); // a new column value in an existing row
            }
        }
        foreach (var (nokkel, fGammel) in g.Where(x => !n.ContainsKey(x.Key) && nRader.Contains(x.Value.RadNokkel)))
        {
            figurer.Add(new Figurendring(fGammel, null));
        }

        var rader = n.Values.Where(f => !gRader.Contains(f.RadNokkel)).DistinctBy(f => f.RadNokkel)
            .Select(f => new Radendring(f.Rapport, f.Kapittel, f.Tabell, f.RadNavn, LagtTil: true))
            .Concat(g.Values.Where(f => !nRader.Contains(f.RadNokkel)).DistinctBy(f => f.RadNokkel)
                .Select(f => new Radendring(f.Rapport, f.Kapittel, f.Tabell, f.RadNavn, LagtTil: false)))
            .ToList();

        var gTekst = Figurer.Rapporteringer(gammel);
        var nTekst = Figurer.Rapporteringer(ny);
        var tekster = nTekst.Where(x => gTekst.TryGetValue(x.Key, out var gt) && gt.Tekst != x.Value.Tekst)
            .Select(x => new Tekstendring(x.Value.Rapport, x.Value.Kapittel, x.Value.Tiltak, gTekst[x.Key].Tekst, x.Value.Tekst, Orddiff.Kort(gTekst[x.Key].Tekst, x.Value.Tekst)))
            .ToList();

        static string Nokkel(Finding f) => $"{f.File}|{f.Path}|{f.Code}";
        var gFunn = Validator.Validate(gammel).Funn.Where(f => f.Acknowledged is null).ToList();
        var nFunn = Validator.Validate(ny).Funn.Where(f => f.Acknowledged is null).ToList();
        var gNokler = gFunn.Select(Nokkel).ToHashSet(StringComparer.Ordinal);
        var nNokler = nFunn.Select(Nokkel).ToHashSet(StringComparer.Ordinal);
        var funn = nFunn.Where(f => !gNokler.Contains(Nokkel(f))).Select(f => new Funnendring(f, Ny: true))
            .Concat(gFunn.Where(f => !nNokler.Contains(Nokkel(f))).Select(f => new Funnendring(f, Ny: false)))
            .ToList();

        static string Sort(Figur f) => $"{f.Rapport}|{f.Kapittel}|{f.Tabell}|{f.Rad}|{f.Kolonne}";
        return new Diffresultat(baseNavn, headNavn,
            figurer.OrderBy(x => Sort(x.Figur), StringComparer.Ordinal).ToList(),
            rader.OrderBy(x => $"{x.Rapport}|{x.Kapittel}|{x.Tabell}|{x.RadNavn}", StringComparer.Ordinal).ToList(),
            tekster.OrderBy(x => $"{x.Rapport}|{x.Kapittel}|{x.Tiltak}", StringComparer.Ordinal).ToList(),
            funn.OrderBy(x => !x.Ny).ThenBy(x => x.Funn, Comparer<Finding>.Create(Finding.Compare)).ToList());
    }
}

/// <summary>A short word-level diff: changed words marked, unchanged runs shortened to a few words of context.</summary>
public static class Orddiff
{
    public static string Kort(string gammel, string ny, int kontekst = 4)
    {
        var a = gammel.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var b = ny.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (a.Length * (long)b.Length > 4_000_000)
        {
            return $"[-{Forkort(gammel)}-] {{+{Forkort(ny)}+}}"; // too long to align word by word
        }
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }
        var deler = new List<(char Type, string Ord)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                deler.Add(('=', a[x])); x++; y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                deler.Add(('+', b[y])); y++;
            }
            else
            {
                deler.Add(('-', a[x])); x++;
            }
        }
        var ut = new List<string>();
        for (var i = 0; i < deler.Count;)
        {
            var type = deler[i].Type;
            var j = i;
            while (j < deler.Count && deler[j].Type == type)
            {
                j++;
            }
            var ord = deler.Skip(i).Take(j - i).Select(d => d.Ord).ToList();
            if (type == '=')
            {
                var forste = i == 0;
                var siste = j == deler.Count;
                if (ord.Count > 2 * kontekst)
                {
                    ut.Add(forste ? "… " + string.Join(' ', ord.TakeLast(kontekst))
                        : siste ? string.Join(' ', ord.Take(kontekst)) + " …"
                        : string.Join(' ', ord.Take(kontekst)) + " … " + string.Join(' ', ord.TakeLast(kontekst)));
                }
                else
                {
                    ut.Add(string.Join(' ', ord));
                }
            }
            else
            {
                ut.Add(type == '-' ? $"[-{string.Join(' ', ord)}-]" : $"{{+{string.Join(' ', ord)}+}}");
            }
            i = j;
        }
        return string.Join(' ', ut);
    }

    private static string Forkort(string s) => s.Length <= 200 ? s : s[..200] + "…";
}
