using TitanFleet.Tests.Fixtures;
namespace TitanFleet.Tests.Ops;

public sealed class KustomizationTests
{
    public static TheoryData<string> Kustomizations => new(
        Directory.EnumerateFiles(RepoRoot.Combine("k8s"), "kustomization.yaml", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(RepoRoot.Path, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal));

    public static TheoryData<string> ManifestFiles => new(
        YamlFiles.All().Where(file => file.StartsWith("k8s/", StringComparison.Ordinal) && !file.EndsWith("/kustomization.yaml", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(ManifestFiles))]
    public void Manifest_EachDocument_HasApiVersionKindAndName(string file)
    {
        var problems = new List<string>();
        foreach (var (document, index) in YamlFiles.LoadDocuments(file).Select((document, index) => (document, index)))
        {
            foreach (var (path, value) in new[]
            {
                ("apiVersion", document.Text("apiVersion")),
                ("kind", document.Text("kind")),
                ("metadata.name", document.Text("metadata", "name")),
            })
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    problems.Add($"{file} document {index + 1}: no {path}");
                }
            }
        }

        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(Kustomizations))]
    public void Kustomization_ListedFiles_Exist(string file)
    {
        var kustomization = YamlFiles.Load(file);
        var folder = Path.GetDirectoryName(RepoRoot.Combine(file))!;
        var problems = new List<string>();

        foreach (var resource in kustomization.TextOrList("resources").Concat(kustomization.TextOrList("components")))
        {
            var path = Path.GetFullPath(Path.Combine(folder, resource));
            if (!File.Exists(path) && !File.Exists(Path.Combine(path, "kustomization.yaml")))
            {
                problems.Add($"resource {resource}: no such file, nor a folder with a kustomization.yaml");
            }
        }

        foreach (var patch in kustomization.Items("patches").Select(patch => patch.Text("path")).OfType<string>()
                     .Concat(kustomization.TextOrList("patchesStrategicMerge")))
        {
            if (!File.Exists(Path.Combine(folder, patch)))
            {
                problems.Add($"patch {patch}: no such file");
            }
        }

        foreach (var generator in kustomization.Items("configMapGenerator").Concat(kustomization.Items("secretGenerator")))
        {
            foreach (var source in generator.TextOrList("files").Concat(generator.TextOrList("envs")))
            {
                // "key=path" names the key; a git-ignored secrets file must come with a committed .example.
                var path = Path.Combine(folder, source[(source.IndexOf('=', StringComparison.Ordinal) + 1)..]);
                if (!File.Exists(path) && !File.Exists(path + ".example"))
                {
                    problems.Add($"generator {generator.Text("name")} source {source}: neither it nor {source}.example exists");
                }
            }
        }

        Assert.Empty(problems);
    }
}
