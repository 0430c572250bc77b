using System.Text;

namespace Bydelsrapport.Commands;

/// <summary>Writes a file through a temporary file and a move, so a stopped run never leaves half a file behind.</summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string path, string content)
    {
        var temp = path + ".tmp-" + Environment.ProcessId;
        File.WriteAllText(temp, content, Utf8NoBom);
        File.Move(temp, path, overwrite: true);
    }
}
