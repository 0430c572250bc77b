namespace Bydelsrapport.Tests.Spec;

/// <summary>
/// A rule spec: a Markdown file of cases, each a heading, the data files it changes (```yaml PATH),
/// the files it deletes (```slett PATH), and the findings validation must give (```funn), exactly.
/// Reviewers read the spec, not C#. The cases run against the small data set in fixtures/minimal.
/// </summary>
public sealed record SpecCase(string SpecFile, string Name, int Line, IReadOnlyDictionary<string, string> Files,
    IReadOnlyList<string> Deleted, IReadOnlyList<string> Expected)
{
    public override string ToString() => $"{SpecFile}: {Name}";
}

public static class SpecFile
{
    public static string Folder => Path.Combine(Repo.Tests, "regler");

    public static IEnumerable<SpecCase> All() =>
        Directory.GetFiles(Folder, "*.md").Order(StringComparer.Ordinal).SelectMany(Parse);

    public static IEnumerable<SpecCase> Parse(string path)
    {
        var lines = File.ReadAllLines(path);
        var name = Path.GetFileName(path);
        string? caseName = null;
        var caseLine = 0;
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var deleted = new List<string>();
        List<string>? expected = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (caseName is not null)
                {
                    yield return Finish(name, caseName, caseLine, files, deleted, expected);
                }
                (caseName, caseLine, files, deleted, expected) = (line[3..].Trim(), i + 1, new(StringComparer.Ordinal), [], null);
                continue;
            }
            if (!line.StartsWith("```", StringComparison.Ordinal) || caseName is null)
            {
                continue;
            }
            var info = line[3..].Trim().Split(' ', 2);
            var body = new List<string>();
            for (i++; i < lines.Length && lines[i] != "```"; i++)
            {
                body.Add(lines[i]);
            }
            switch (info[0])
            {
                case "yaml":
                    files[info[1]] = string.Join('\n', body) + "\n";
                    break;
                case "slett":
                    deleted.Add(info[1]);
                    break;
                case "funn":
                    expected = body;
                    break;
            }
        }
        if (caseName is not null)
        {
            yield return Finish(name, caseName, caseLine, files, deleted, expected);
        }
    }

    private static SpecCase Finish(string file, string name, int line, Dictionary<string, string> files, List<string> deleted, List<string>? expected) =>
        new(file, name, line, files, deleted,
            expected ?? throw new InvalidDataException($"{file}:{line}: tilfellet «{name}» mangler en ```funn-blokk."));
}
