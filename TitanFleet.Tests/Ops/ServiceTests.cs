namespace TitanFleet.Tests.Ops;

public sealed class ServiceTests
{
    [Fact]
    public void Selector_Service_MatchesPodLabels()
    {
        var selector = KubernetesBase.Single("Service").Map("spec", "selector");

        Assert.NotEmpty(selector);
        Assert.Empty(DeploymentTests.Mismatches(selector, KubernetesBase.PodLabels));
    }

    [Fact]
    public void TargetPort_EachServicePort_IsAContainerPort()
    {
        var targets = KubernetesBase.Single("Service").Items("spec", "ports")
            .Select(port => port.Text("targetPort") ?? port.Text("port"));

        Assert.All(targets, target =>
        {
            Assert.NotNull(target);
            Assert.Contains(target, KubernetesBase.ContainerPorts);
        });
    }

    [Fact]
    public void SessionAffinity_Service_IsClientIpForSignalR()
    {
        Assert.Equal("ClientIP", KubernetesBase.Single("Service").Text("spec", "sessionAffinity"));
    }
}
