using System.Diagnostics;
using System.Formats.Tar;

namespace Bydelsrapport.Diff;

/// <summary>A failure to read a revision from git, with a message for the user.</summary>
public sealed class GitException(string message) : Exception(message);

/// <summary>
/// Reads data/ at a git revision from the repository itself (git archive into a temporary folder),
/// so the old side of a diff is exactly what was committed, not a copy made by hand.
/// </summary>
public static class GitRevisjon
{
    public static string Rot(string mappe)
    {
        var (kode, ut, _) = Git(mappe, "rev-parse", "--show-toplevel");
        return kode == 0 ? ut.Trim()
            : throw new GitException($"{mappe} er ikke i en git-utsjekking. `diff` sammenligner revisjoner i git; kjør den i repoet.");
    }

    /// <summary>The merge base with the main branch (origin/main when there is one), as a pull request compares.</summary>
    public static string StandardBase(string rot)
    {
        foreach (var gren in new[] { "origin/main", "main", "origin/master", "master" })
        {
            var (kode, ut, _) = Git(rot, "merge-base", "HEAD", gren);
            if (kode == 0)
            {
                return ut.Trim();
            }
        }
        throw new GitException("Fant ingen main-gren å sammenligne med. Oppgi --base REF (f.eks. --base HEAD~1). I en grunn kloning (shallow) mangler historikken: hent den med `git fetch --unshallow`.");
    }

    public static string Commit(string rot, string referanse)
    {
        var (kode, ut, _) = Git(rot, "rev-parse", "--verify", "--quiet", referanse + "^{commit}");
        return kode == 0 ? ut.Trim()
            : throw new GitException($"Ukjent git-referanse «{referanse}». Bruk en gren, en tagg eller en commit som finnes (git log viser dem).");
    }

    /// <summary>Extracts <paramref name="sti"/> (data/ relative to the repo root) at <paramref name="commit"/> into <paramref name="til"/>.</summary>
    public static void Hent(string rot, string commit, string sti, string til)
    {
        Directory.CreateDirectory(til);
        var start = new ProcessStartInfo("git", ["-C", rot, "archive", "--format=tar", commit, "--", sti])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var p = Process.Start(start) ?? throw new GitException("Kunne ikke starte git.");
        var feil = p.StandardError.ReadToEndAsync();
        using (var reader = new TarReader(p.StandardOutput.BaseStream))
        {
            while (reader.GetNextEntry() is { } entry)
            {
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile))
                {
                    continue;
                }
                var maal = Path.GetFullPath(Path.Combine(til, entry.Name));
                if (!maal.StartsWith(Path.GetFullPath(til), StringComparison.Ordinal))
                {
                    continue; // never outside the target folder
                }
                Directory.CreateDirectory(Path.GetDirectoryName(maal)!);
                entry.ExtractToFile(maal, overwrite: true);
            }
        }
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            // An empty path at that commit (data/ did not exist yet) is an empty side, not an error.
            var melding = feil.Result;
            if (!melding.Contains("did not match any files", StringComparison.Ordinal))
            {
                throw new GitException($"git archive {commit} feilet: {melding.Trim()}");
            }
        }
    }

    private static (int Kode, string Ut, string Feil) Git(string mappe, params string[] args)
    {
        var start = new ProcessStartInfo("git", ["-C", mappe, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            using var p = Process.Start(start) ?? throw new GitException("Kunne ikke starte git.");
            var ut = p.StandardOutput.ReadToEnd();
            var feil = p.StandardError.ReadToEnd();
            p.WaitForExit();
            return (p.ExitCode, ut, feil);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new GitException("Fant ikke git. Installer git for å bruke `diff`.");
        }
    }
}
