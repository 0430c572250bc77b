namespace Bydelsrapport.Tests;

/// <summary>Paths in the repository the tests run from.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Data => Path.Combine(Root, "data");

    public static string Tests => Path.Combine(Root, "tests", "bydelsrapport.tests");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bydelsrapport.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Fant ikke repoets rot (Bydelsrapport.sln).");
    }
}
