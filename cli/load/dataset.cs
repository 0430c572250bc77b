using Bydelsrapport.Model;
using Bydelsrapport.Validate;

namespace Bydelsrapport.Load;

/// <summary>Everything under data/: catalogues by year, the bydeler's reports, and the baseline.</summary>
public sealed record Dataset(
    string Root,
    IReadOnlyDictionary<int, Katalog> Kataloger,
    IReadOnlyList<Rapport> Rapporter,
    IReadOnlyList<BaselineEntry> Baseline,
    IReadOnlyList<Finding> LoadFindings)
{
    /// <summary>
    /// Only the given bydeler (folder names) and/or year: their reports, the findings in their files and
    /// in shared files (catalogue, shared baseline), and the baseline entries about them.
    /// </summary>
    public Dataset Begrens(IReadOnlyCollection<string> bydeler, int? ar)
    {
        bool Valgt(string fil)
        {
            var deler = fil.Split('/');
            if (deler.Length < 2 || deler[0] == Loader.KatalogMappe)
            {
                return true; // shared files
            }
            return (bydeler.Count == 0 || bydeler.Contains(deler[0]))
                && (ar is null || deler.Length < 3 || deler[1] == ar.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return this with
        {
            Rapporter = Rapporter.Where(r => Valgt(r.Mappe + "/rapport.yaml")).ToList(),
            Baseline = Baseline.Where(e => Valgt(e.Fil)).ToList(),
            LoadFindings = LoadFindings.Where(f => Valgt(f.File)).ToList(),
        };
    }
}

/// <summary>One acknowledged finding: keyed by file, YAML path and rule code, never by line.</summary>
public sealed record BaselineEntry(Kilde Kilde, string Fil, string Sti, string Regel, string KildeISeed, string? Merknad);
