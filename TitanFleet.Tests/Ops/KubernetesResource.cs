using YamlDotNet.RepresentationModel;

namespace TitanFleet.Tests.Ops;

/// <summary>One document of a Kubernetes manifest and the file it came from.</summary>
internal sealed record KubernetesResource(string File, YamlNode Root)
{
    public string Kind => Root.Text("kind") ?? "";

    public string Name => Root.Text("metadata", "name") ?? "";
}
