namespace TitanFleet.Tests.Fixtures;

/// <summary>The repository checkout the tests run from: the folder holding TitanFleet.sln.</summary>
internal static class RepoRoot
{
    private static readonly Lazy<string> Root = new(Locate);

    public static string Path => Root.Value;

    public static string Combine(string relativePath) =>
        System.IO.Path.Combine(Path, relativePath.Replace('/', System.IO.Path.DirectorySeparatorChar));

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "TitanFleet.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No folder holding TitanFleet.sln above {AppContext.BaseDirectory}; tests read the repository and its build output.");
    }
}
