using Bydelsrapport.Model;
using Bydelsrapport.Validate;

namespace Bydelsrapport.Load;

/// <summary>Everything under data/: catalogues by year, the bydeler's reports, and the baseline.</summary>
public sealed record Dataset(
    string Root,
    IReadOnlyDictionary<int, Katalog> Kataloger,
    IReadOnlyList<Rapport> Rapporter,
    IReadOnlyList<BaselineEntry> Baseline,
    IReadOnlyList<Finding> LoadFindings);

/// <summary>One acknowledged finding: keyed by file, YAML path and rule code, never by line.</summary>
public sealed record BaselineEntry(Kilde Kilde, string Fil, string Sti, string Regel, string KildeISeed, string? Merknad);
