namespace TitanFleet.Tests.Ops;

public sealed class ScalingTests
{
    [Fact]
    public void HorizontalPodAutoscaler_ScaleTargetRef_IsTheDeployment()
    {
        var hpa = KubernetesBase.Single("HorizontalPodAutoscaler");

        Assert.Equal("autoscaling/v2", hpa.Text("apiVersion"));
        Assert.Equal("Deployment", hpa.Text("spec", "scaleTargetRef", "kind"));
        Assert.Equal(KubernetesBase.Deployment.Text("metadata", "name"), hpa.Text("spec", "scaleTargetRef", "name"));
    }

    [Fact]
    public void HorizontalPodAutoscaler_Metrics_IncludeCpu()
    {
        var resources = KubernetesBase.Single("HorizontalPodAutoscaler").Items("spec", "metrics")
            .Select(metric => metric.Text("resource", "name"));

        Assert.Contains("cpu", resources);
    }

    [Fact]
    public void PodDisruptionBudget_Selector_MatchesPodLabels()
    {
        var selector = KubernetesBase.Single("PodDisruptionBudget").Map("spec", "selector", "matchLabels");

        Assert.NotEmpty(selector);
        Assert.Empty(DeploymentTests.Mismatches(selector, KubernetesBase.PodLabels));
    }
}
