using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Bydelsrapport.Site;

/// <summary>
/// Search with Pagefind (npm `pagefind`, pinned in package.json): after the site is written, the
/// Pagefind CLI indexes it into ut/pagefind/, in the language of the pages (lang="nb", which Pagefind
/// stems as Norwegian). Pagefind comes from node_modules, so `build` stays usable without npm: the
/// front page then has no search box and nothing else changes.
/// </summary>
public static class Sok
{
    /// <summary>Where Pagefind writes its index and UI, relative to the site root.</summary>
    public const string Mappe = "pagefind";

    /// <summary>The front page's own script that starts Pagefind's search box (a file: the pages have no inline script).</summary>
    public const string Skript = "assets/sok.js";

    /// <summary>
    /// The Pagefind binary in node_modules: the platform package's own binary first (no node needed to
    /// run it), else the npm wrapper in node_modules/.bin. Null when Pagefind is not installed.
    /// </summary>
    public static string? Finn(string repo)
    {
        var plattform = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsFreeBSD() ? "freebsd" : "linux";
        var cpu = RuntimeInformation.OSArchitecture switch { Architecture.Arm64 => "arm64", _ => "x64" };
        var exe = OperatingSystem.IsWindows() ? ".exe" : "";
        var bin = Path.Combine(repo, "node_modules", "@pagefind", $"{plattform}-{cpu}", "bin");
        string[] kandidater =
        [
            Path.Combine(bin, "pagefind_extended" + exe),
            Path.Combine(bin, "pagefind" + exe),
            Path.Combine(repo, "node_modules", ".bin", OperatingSystem.IsWindows() ? "pagefind.cmd" : "pagefind"),
        ];
        return kandidater.FirstOrDefault(File.Exists);
    }

    /// <summary>
    /// Indexes the site in <paramref name="ut"/>. The old index is removed first: Pagefind names its
    /// files by content hash and would otherwise leave the last build's files beside the new ones.
    /// Returns null on success, else what Pagefind said.
    /// </summary>
    public static string? Indekser(string pagefind, string ut)
    {
        var mappe = Path.Combine(ut, Mappe);
        if (Directory.Exists(mappe))
        {
            Directory.Delete(mappe, recursive: true);
        }
        var start = new ProcessStartInfo(pagefind)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // --keep-index-url: result links end in index.html, so they work on any static server, also one without directory index pages.
        foreach (var a in new[] { "--site", ut, "--output-subdir", Mappe, "--keep-index-url", "--quiet" })
        {
            start.ArgumentList.Add(a);
        }
        using var p = Process.Start(start) ?? throw new InvalidOperationException($"Kunne ikke starte {pagefind}.");
        var ut1 = p.StandardOutput.ReadToEndAsync();
        var feil = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return p.ExitCode == 0 ? null : $"{ut1.Result}{feil.Result}".Trim();
    }
}
