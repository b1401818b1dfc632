using TitanFleet.Tests.Fixtures;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TitanFleet.Tests.Ops;

/// <summary>Loads the repository's YAML: every document of a file, with anchors and merge keys resolved.</summary>
internal static class YamlFiles
{
    /// <summary>Relative paths of every YAML file the deployment depends on.</summary>
    public static IReadOnlyList<string> All()
    {
        string[] folders = ["k8s", ".github"];
        var files = folders
            .Select(RepoRoot.Combine)
            .Where(Directory.Exists)
            .SelectMany(dir => Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
            .Where(file => file.EndsWith(".yaml", StringComparison.Ordinal) || file.EndsWith(".yml", StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(RepoRoot.Path, file).Replace('\\', '/'))
            .Append("docker-compose.yml")
            .Order(StringComparer.Ordinal)
            .ToList();
        return files;
    }

    public static IReadOnlyList<YamlNode> LoadDocuments(string relativePath)
    {
        using var reader = File.OpenText(RepoRoot.Combine(relativePath));
        var stream = new YamlStream();
        // Compose files share settings through "<<: *anchor"; MergingParser expands those keys.
        stream.Load(new MergingParser(new Parser(reader)));
        return stream.Documents.Select(document => document.RootNode).ToList();
    }

    public static YamlNode Load(string relativePath) => Assert.Single(LoadDocuments(relativePath));
}
