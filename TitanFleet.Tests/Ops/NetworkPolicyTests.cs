using YamlDotNet.RepresentationModel;

namespace TitanFleet.Tests.Ops;

/// <summary>The silo port admits only silo pods; HTTP stays open; nothing else (no Orleans gateway) is admitted.</summary>
public sealed class NetworkPolicyTests
{
    private static YamlNode Policy => KubernetesBase.Single("NetworkPolicy");

    private static IReadOnlyList<YamlNode> Rules => Policy.Items("spec", "ingress");

    private static string SiloPort => ContainerPort("silo");

    private static string HttpPort => ContainerPort("http");

    [Fact]
    public void PodSelector_NetworkPolicy_SelectsSiloPodsForIngress()
    {
        var selector = Policy.Map("spec", "podSelector", "matchLabels");

        Assert.NotEmpty(selector);
        Assert.Empty(DeploymentTests.Mismatches(selector, KubernetesBase.PodLabels));
        Assert.Contains("Ingress", Policy.TextOrList("spec", "policyTypes"));
    }

    [Fact]
    public void SiloPort_EveryRuleAdmittingIt_AdmitsOnlySiloPods()
    {
        var admitting = Rules.Where(rule => Admits(rule, "silo", SiloPort)).ToList();

        Assert.NotEmpty(admitting);
        Assert.All(admitting, rule =>
        {
            var peers = rule.Items("from");
            Assert.NotEmpty(peers); // no "from" admits every source
            Assert.All(peers, peer =>
            {
                Assert.Null(peer.At("ipBlock"));
                Assert.Null(peer.At("namespaceSelector"));
                var labels = peer.Map("podSelector", "matchLabels");
                Assert.NotEmpty(labels);
                Assert.Empty(DeploymentTests.Mismatches(labels, KubernetesBase.PodLabels));
            });
        });
    }

    [Fact]
    public void HttpPort_NetworkPolicy_StaysOpenToIngressAndClients()
    {
        Assert.Contains(Rules, rule => Admits(rule, "http", HttpPort) && rule.Items("from").Count == 0);
    }

    [Fact]
    public void Rules_EachRule_NamesItsPorts()
    {
        // A rule without ports admits every port, a gateway included.
        Assert.All(Rules, rule => Assert.NotEmpty(rule.Items("ports")));
        Assert.All(Rules.SelectMany(rule => rule.Items("ports")), port => Assert.Contains(port.Text("port"), new[] { "silo", SiloPort, "http", HttpPort }));
    }

    [Fact]
    public void ContainerPorts_SiloContainer_DeclareNoGateway()
    {
        Assert.DoesNotContain("30000", KubernetesBase.ContainerPorts);
        Assert.DoesNotContain("gateway", KubernetesBase.ContainerPorts);
    }

    private static bool Admits(YamlNode rule, string name, string number) =>
        rule.Items("ports").Any(port => port.Text("port") == name || port.Text("port") == number);

    private static string ContainerPort(string name) =>
        Assert.Single(KubernetesBase.SiloContainer.Items("ports"), port => port.Text("name") == name).Text("containerPort")!;
}
