namespace TitanFleet.Tests.Ops;

public sealed class DeploymentTests
{
    private static readonly string[] ProbeEndpoints = ["/api/live", "/api/ready", "/api/health"];

    // Upper bound of the measured graceful silo shutdown (grain deactivation), in seconds.
    private const int SiloShutdownSeconds = 4;

    [Fact]
    public void Selector_MatchLabels_AreCarriedByPodTemplate()
    {
        var selector = KubernetesBase.Deployment.Map("spec", "selector", "matchLabels");

        Assert.NotEmpty(selector);
        Assert.Empty(Mismatches(selector, KubernetesBase.PodLabels));
    }

    [Theory]
    [InlineData("orleans/serviceId", "ORLEANS_SERVICE_ID")]
    [InlineData("orleans/clusterId", "ORLEANS_CLUSTER_ID")]
    public void OrleansLabel_PodTemplate_EqualsOrleansEnvironmentVariable(string label, string variable)
    {
        Assert.True(KubernetesBase.PodLabels.TryGetValue(label, out var labelValue) && labelValue.Length > 0, $"pod template has no label {label}");
        var env = Assert.Single(KubernetesBase.SiloContainer.Items("env"), item => item.Text("name") == variable);

        // Either a literal equal to the label, or read from the label through the downward API.
        var literal = env.Text("value");
        var fieldPath = env.Text("valueFrom", "fieldRef", "fieldPath");
        string[] fromLabel = [$"metadata.labels['{label}']", $"metadata.labels[\"{label}\"]"];
        Assert.True(
            literal == labelValue || fromLabel.Contains(fieldPath),
            $"{variable} is '{literal ?? fieldPath}', not the value of label {label} ('{labelValue}')");
    }

    [Theory]
    [InlineData("POD_NAME", "metadata.name")]
    [InlineData("POD_NAMESPACE", "metadata.namespace")]
    [InlineData("POD_IP", "status.podIP")]
    public void PodIdentityVariable_SiloContainer_ComesFromDownwardApi(string variable, string fieldPath)
    {
        var env = Assert.Single(KubernetesBase.SiloContainer.Items("env"), item => item.Text("name") == variable);

        Assert.Equal(fieldPath, env.Text("valueFrom", "fieldRef", "fieldPath"));
    }

    [Theory]
    [InlineData("startupProbe")]
    [InlineData("readinessProbe")]
    [InlineData("livenessProbe")]
    public void Probe_HttpGetPath_IsAHealthEndpoint(string probe)
    {
        var path = KubernetesBase.SiloContainer.Text(probe, "httpGet", "path");

        Assert.Contains(path, ProbeEndpoints);
    }

    [Theory]
    [InlineData("startupProbe")]
    [InlineData("readinessProbe")]
    [InlineData("livenessProbe")]
    public void Probe_HttpGetPort_IsAContainerPort(string probe)
    {
        var port = KubernetesBase.SiloContainer.Text(probe, "httpGet", "port");

        Assert.NotNull(port);
        Assert.Contains(port, KubernetesBase.ContainerPorts);
    }

    [Fact]
    public void ReadinessProbe_Path_IsReadyEndpoint()
    {
        Assert.Equal("/api/ready", KubernetesBase.SiloContainer.Text("readinessProbe", "httpGet", "path"));
    }

    [Fact]
    public void LivenessProbe_Path_IsNotReadyEndpoint()
    {
        // /api/ready fails while Postgres is unreachable; as a liveness check it would restart every
        // silo during a database outage instead of just taking them out of the Service.
        Assert.NotEqual("/api/ready", KubernetesBase.SiloContainer.Text("livenessProbe", "httpGet", "path"));
    }

    [Fact]
    public void TerminationGracePeriod_PodSpec_IsAtLeastTenSeconds()
    {
        var grace = int.Parse(KubernetesBase.Deployment.Text("spec", "template", "spec", "terminationGracePeriodSeconds") ?? "30");

        Assert.InRange(grace, 10, int.MaxValue);
    }

    [Fact]
    public void TerminationGracePeriod_AfterPreStopSleep_LeavesTimeForSiloShutdown()
    {
        var grace = int.Parse(KubernetesBase.Deployment.Text("spec", "template", "spec", "terminationGracePeriodSeconds") ?? "30");
        var preStop = KubernetesBase.SiloContainer.At("lifecycle", "preStop");
        var command = preStop.TextOrList("exec", "command");
        var sleep = preStop.Text("sleep", "seconds") ?? (command.Count == 2 && command[0] == "sleep" ? command[1] : null);

        Assert.NotNull(sleep);
        Assert.InRange(grace - int.Parse(sleep), 2 * SiloShutdownSeconds, int.MaxValue);
    }

    [Fact]
    public void RollingUpdate_MaxUnavailable_IsZero()
    {
        var strategy = KubernetesBase.Deployment.At("spec", "strategy");

        Assert.Equal("RollingUpdate", strategy.Text("type"));
        Assert.Equal("0", strategy.Text("rollingUpdate", "maxUnavailable"));
    }

    [Theory]
    [InlineData("requests", "cpu")]
    [InlineData("requests", "memory")]
    [InlineData("limits", "cpu")]
    [InlineData("limits", "memory")]
    public void Resources_SiloContainer_AreSet(string kind, string resource)
    {
        Assert.False(string.IsNullOrWhiteSpace(KubernetesBase.SiloContainer.Text("resources", kind, resource)), $"no resources.{kind}.{resource}");
    }

    [Fact]
    public void EnvFrom_ConfigMap_IsGeneratedByBase()
    {
        var name = Assert.Single(KubernetesBase.SiloContainer.Items("envFrom").Select(source => source.Text("configMapRef", "name")).OfType<string>());
        var generated = KubernetesBase.Kustomization.Items("configMapGenerator").Select(generator => generator.Text("name"))
            .Concat(KubernetesBase.Resources.Where(resource => resource.Kind == "ConfigMap").Select(resource => resource.Name));

        Assert.Contains(name, generated);
    }

    [Theory]
    [InlineData("k8s/overlays/staging/kustomization.yaml")]
    [InlineData("k8s/overlays/production/kustomization.yaml")]
    public void EnvFrom_Secret_IsGeneratedByOverlay(string overlay)
    {
        var name = Assert.Single(KubernetesBase.SiloContainer.Items("envFrom").Select(source => source.Text("secretRef", "name")).OfType<string>());
        var generated = YamlFiles.Load(overlay).Items("secretGenerator").Select(generator => generator.Text("name"));

        Assert.Contains(name, generated);
    }

    internal static List<string> Mismatches(IReadOnlyDictionary<string, string> selector, IReadOnlyDictionary<string, string> labels) =>
        selector
            .Where(pair => !labels.TryGetValue(pair.Key, out var value) || value != pair.Value)
            .Select(pair => $"{pair.Key}={pair.Value} is not among the pod labels")
            .ToList();
}
