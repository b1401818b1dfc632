using YamlDotNet.RepresentationModel;

namespace TitanFleet.Tests.Ops;

/// <summary>The resources that k8s/base/kustomization.yaml lists, and the silo Deployment among them.</summary>
internal static class KubernetesBase
{
    public const string Folder = "k8s/base";

    private static readonly Lazy<IReadOnlyList<KubernetesResource>> All = new(Load);

    public static IReadOnlyList<KubernetesResource> Resources => All.Value;

    public static YamlNode Kustomization => YamlFiles.Load($"{Folder}/kustomization.yaml");

    public static YamlNode Single(string kind) => Assert.Single(Resources, resource => resource.Kind == kind).Root;

    public static YamlNode Deployment => Single("Deployment");

    public static IReadOnlyDictionary<string, string> PodLabels => Deployment.Map("spec", "template", "metadata", "labels");

    public static YamlNode SiloContainer => Deployment.Items("spec", "template", "spec", "containers").First();

    /// <summary>Names and numbers by which a probe or a Service may refer to the silo's ports.</summary>
    public static IReadOnlySet<string> ContainerPorts =>
        SiloContainer.Items("ports")
            .SelectMany(port => new[] { port.Text("name"), port.Text("containerPort") })
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

    private static List<KubernetesResource> Load() =>
        Kustomization.TextOrList("resources")
            .Select(resource => $"{Folder}/{resource}")
            .SelectMany(file => YamlFiles.LoadDocuments(file).Select(root => new KubernetesResource(file, root)))
            .ToList();
}
