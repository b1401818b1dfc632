namespace TitanFleet.Tests.Fixtures;

/// <summary>The silo's own build output (same configuration as the tests), where its appsettings.json sits.</summary>
public static class SiloBuildOutput
{
    public static string Folder
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
            var folder = RepoRoot.Combine($"TitanFleet.Silo/bin/{configuration}/net10.0");
            if (!File.Exists(Path.Combine(folder, "TitanFleet.Silo.dll")))
                throw new InvalidOperationException($"TitanFleet.Silo is not built in {folder}");
            return folder;
        }
    }
}
