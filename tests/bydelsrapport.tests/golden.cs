using Xunit;

namespace Bydelsrapport.Tests;

/// <summary>
/// Golden files in Verify's convention: the committed file is the verified one; on a mismatch the
/// actual output is written beside it as <c>.received.</c> (git-ignored) and the test fails with
/// the first differing line. BYDELSRAPPORT_GODKJENN=1 accepts: the received output becomes the verified file.
/// </summary>
internal static class Golden
{
    public static bool Accept => Environment.GetEnvironmentVariable("BYDELSRAPPORT_GODKJENN") == "1";

    public static void AssertMatches(string verifiedPath, string actual, string hint)
    {
        var received = ReceivedPath(verifiedPath);
        var expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }
        if (Accept)
        {
            File.WriteAllText(verifiedPath, actual);
            File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual);
        Assert.Fail($"{Path.GetFileName(verifiedPath)} stemmer ikke ({hint}, eller godkjenn med BYDELSRAPPORT_GODKJENN=1).\n{FirstDifference(expected ?? "", actual)}");
    }

    private static string ReceivedPath(string verified)
    {
        var name = Path.GetFileName(verified);
        var received = name.Contains(".verified.", StringComparison.Ordinal)
            ? name.Replace(".verified.", ".received.", StringComparison.Ordinal)
            : Path.GetFileNameWithoutExtension(name) + ".received" + Path.GetExtension(name);
        return Path.Combine(Path.GetDirectoryName(verified)!, received);
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<slutt>";
            var al = i < a.Length ? a[i] : "<slutt>";
            if (el != al)
            {
                return $"Første forskjell, linje {i + 1}:\n- {el}\n+ {al}";
            }
        }
        return "";
    }
}
