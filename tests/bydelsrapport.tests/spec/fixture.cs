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

    /// <summary>A repo-like folder with the real catalogue, Gamle Oslo and the templates under data/ and templates/.</summary>
    public static Fixture MedEkteData()
    {
        var f = new Fixture(Path.Combine(Repo.Tests, "fixtures", "tom"));
        Copy(Path.Combine(Repo.Data, "katalog"), Path.Combine(f.Root, "data", "katalog"));
        Copy(Path.Combine(Repo.Data, "gamle-oslo"), Path.Combine(f.Root, "data", "gamle-oslo"));
        Copy(Path.Combine(Repo.Root, "templates"), Path.Combine(f.Root, "templates"));
        return f;
    }

    /// <summary>Replaces text in a file below the fixture; the text must be there.</summary>
    public void Replace(string relative, string from, string to)
    {
        var path = Path.Combine(Root, relative);
        var text = File.ReadAllText(path);
        if (!text.Contains(from, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"«{from}» finnes ikke i {relative}.");
        }
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

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

    public static void Copy(string from, string to)
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
