using System.Text;

namespace Bydelsrapport.Write;

/// <summary>One output file, rendered in memory first so a failing render writes nothing.</summary>
public sealed record Utdata(string Sti, string Innhold, bool Sjekkes)
{
    /// <summary>A binary file (a font) copied as it is; <see cref="Innhold"/> is then empty.</summary>
    public byte[]? Bytes { get; init; }
}

/// <summary>
/// Write stage: a build's files, each written to a temporary name as soon as it is rendered (from any
/// thread, so writing overlaps rendering and a report's text need not stay in memory), and moved into
/// place only by <see cref="Fullfor"/>. Disposed without it, every temporary file is deleted: a build
/// that fails midway leaves the old output as it was.
/// </summary>
public sealed class Skriving : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Ctrl+C or a stop signal during the build also removes the temporary files (before the process ends).</summary>
    private readonly System.Runtime.InteropServices.PosixSignalRegistration[] _signaler;

    private readonly List<(string Temp, string Sti)> _filer = [];
    private readonly List<string> _nyeMapper = [];
    private readonly Lock _las = new();
    private bool _fullfort;
    private bool _avsluttet;

    public Skriving() =>
        _signaler = [.. new[] { System.Runtime.InteropServices.PosixSignal.SIGINT, System.Runtime.InteropServices.PosixSignal.SIGTERM }
            .Select(s => System.Runtime.InteropServices.PosixSignalRegistration.Create(s, _ => Dispose()))];

    /// <summary>Where the files will be, sorted, once <see cref="Fullfor"/> has run.</summary>
    public IReadOnlyList<string> Stier
    {
        get
        {
            lock (_las)
            {
                return [.. _filer.Select(f => f.Sti).Order(StringComparer.Ordinal)];
            }
        }
    }

    public void Legg(Utdata f)
    {
        var temp = f.Sti + ".tmp-" + Environment.ProcessId;
        lock (_las)
        {
            // Stopped: nothing more is written (a file already being written is deleted while open, so nothing is left).
            ObjectDisposedException.ThrowIf(_avsluttet, this);
            LagMappe(Path.GetDirectoryName(f.Sti)!);
            // Registered before it exists, so Dispose removes it even if writing throws halfway.
            _filer.Add((temp, f.Sti));
        }
        if (f.Bytes is { } bytes)
        {
            File.WriteAllBytes(temp, bytes);
        }
        else
        {
            File.WriteAllText(temp, f.Innhold, Utf8);
        }
    }

    /// <summary>Creates the folder, remembering the outermost one that did not exist, so a failed build removes it again.</summary>
    private void LagMappe(string mappe)
    {
        if (Directory.Exists(mappe))
        {
            return;
        }
        var ytterst = mappe;
        while (Path.GetDirectoryName(ytterst) is { } forelder && !Directory.Exists(forelder))
        {
            ytterst = forelder;
        }
        _nyeMapper.Add(ytterst);
        Directory.CreateDirectory(mappe);
    }

    public void Fullfor()
    {
        lock (_las)
        {
            foreach (var (temp, sti) in _filer)
            {
                File.Move(temp, sti, overwrite: true);
            }
            _fullfort = true;
        }
    }

    public void Dispose()
    {
        lock (_las)
        {
            if (_avsluttet)
            {
                return;
            }
            _avsluttet = true;
            foreach (var signal in _signaler)
            {
                signal.Dispose();
            }
            foreach (var (temp, _) in _filer.Where(f => File.Exists(f.Temp)))
            {
                File.Delete(temp);
            }
            if (!_fullfort)
            {
                foreach (var mappe in _nyeMapper.Where(m => Directory.Exists(m) && !Directory.EnumerateFiles(m, "*", SearchOption.AllDirectories).Any()))
                {
                    Directory.Delete(mappe, recursive: true);
                }
            }
        }
    }
}
