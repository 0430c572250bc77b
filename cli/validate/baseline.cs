using Bydelsrapport.Load;

namespace Bydelsrapport.Validate;

/// <summary>
/// The baseline acknowledges findings that the published report really contains. A match (same file,
/// YAML path and rule code) keeps the finding, marked and not failing; an entry that matches nothing
/// is itself an error, so the baseline cannot rot.
/// </summary>
public static class Baseline
{
    public static List<Finding> Apply(IReadOnlyList<BaselineEntry> entries, List<Finding> findings)
    {
        var result = new List<Finding>(findings.Count);
        var used = new HashSet<BaselineEntry>();
        foreach (var f in findings)
        {
            var entry = entries.FirstOrDefault(e => e.Fil == f.File && e.Sti == f.Path && e.Regel == f.Code);
            if (entry is null)
            {
                result.Add(f);
                continue;
            }
            used.Add(entry);
            result.Add(f with { Acknowledged = entry.KildeISeed });
        }
        foreach (var e in entries.Where(e => !used.Contains(e)))
        {
            result.Add(Finding.Error(e.Kilde.Fil, e.Kilde.Posisjon, e.Kilde.Sti, Codes.BaselineUbrukt,
                $"Baseline-oppføringen for {e.Fil} {e.Sti} ({e.Regel}) svarer ikke til noe funn lenger. Slett den."));
        }
        return result;
    }
}
