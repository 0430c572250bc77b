namespace Bydelsrapport.Tests.Spec;

/// <summary>A throw-away copy of a data folder that a test may change.</summary>
public sealed class Fixture : IDisposable
{
    public string Root { get; }

    public Fixture(string source)
    {
        Root = Path.Combine(Path.GetTempPath(), "bydelsrapport-test-" + Guid.NewGuid().ToString("N"));
        Copy(source, Root);
    }

    public static Fixture Minimal() => new(Path.Combine(Repo.Tests, "fixtures", "minimal"));

    public string Write(string relative, string content)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public void Delete(string relative) => File.Delete(Path.Combine(Root, relative));

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
        foreach (var dir in Directory.GetDirectories(from))
        {
            Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }
}
