using YamlDotNet.RepresentationModel;

namespace TitanFleet.Tests.Ops;

public sealed class CiWorkflowTests
{
    private static readonly YamlNode Workflow = YamlFiles.Load(".github/workflows/ci.yml");

    private static YamlNode? Job(string name) => Workflow.At("jobs", name);

    private static IReadOnlyList<YamlNode> Steps(string job) => Job(job).Items("steps");

    private static bool Uses(YamlNode step, string action) =>
        step.Text("uses")?.StartsWith(action + "@", StringComparison.Ordinal) == true;

    [Theory]
    [InlineData("test")]
    [InlineData("lint")]
    [InlineData("build")]
    [InlineData("security")]
    [InlineData("deploy-staging")]
    [InlineData("deploy-production")]
    public void Jobs_CiWorkflow_IncludeJob(string job)
    {
        Assert.Contains(job, Workflow.Keys("jobs"));
    }

    [Theory]
    [InlineData("test")]
    [InlineData("lint")]
    public void Needs_BuildJob_IncludesGateJob(string gate)
    {
        Assert.Contains(gate, Job("build").TextOrList("needs"));
    }

    [Theory]
    [InlineData("deploy-staging")]
    [InlineData("deploy-production")]
    public void Needs_DeployJob_IncludesBuild(string job)
    {
        Assert.Contains("build", Job(job).TextOrList("needs"));
    }

    [Theory]
    [InlineData("deploy-staging", "staging", "refs/heads/develop")]
    [InlineData("deploy-production", "production", "refs/heads/main")]
    public void Environment_DeployJob_IsGatedEnvironmentOnItsBranch(string job, string environment, string branch)
    {
        var declared = Job(job).At("environment") is YamlScalarNode scalar ? scalar.Value : Job(job).Text("environment", "name");

        Assert.Equal(environment, declared);
        Assert.Contains(branch, Job(job).Text("if") ?? "", StringComparison.Ordinal);
        Assert.Contains(Steps(job), step => step.Text("run")?.Contains($"kubectl apply -k k8s/overlays/{environment}", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void DeployProduction_Steps_CreateRelease()
    {
        Assert.Contains(
            Steps("deploy-production"),
            step => step.Text("run")?.Contains("gh release create", StringComparison.Ordinal) == true
                || step.Text("uses")?.Contains("release", StringComparison.OrdinalIgnoreCase) == true);
    }

    [Fact]
    public void UploadArtifact_BuildJob_IsKeptSevenDays()
    {
        var upload = Assert.Single(Steps("build"), step => Uses(step, "actions/upload-artifact"));

        Assert.Equal("7", upload.Text("with", "retention-days"));
    }

    [Fact]
    public void TestJob_TestStep_RunsReadmeCommandAgainstServicePostgres()
    {
        var step = Assert.Single(Steps("test"), step => step.Text("run")?.Contains("./scripts/test.sh", StringComparison.Ordinal) == true);
        var connection = step.Text("env", "TITANFLEET_TEST_POSTGRES") ?? Job("test").Text("env", "TITANFLEET_TEST_POSTGRES");

        Assert.False(string.IsNullOrWhiteSpace(connection), "the test step does not set TITANFLEET_TEST_POSTGRES");
        Assert.StartsWith("postgres:15", Job("test").Text("services", "postgres", "image") ?? "", StringComparison.Ordinal);
        Assert.Contains("--health-cmd", Job("test").Text("services", "postgres", "options") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void TestJob_Coverage_IsCollectedAndUploaded()
    {
        Assert.Contains(Steps("test"), step => step.Text("run")?.Contains("--collect:\"XPlat Code Coverage\"", StringComparison.Ordinal) == true);
        Assert.Contains(Steps("test"), step => Uses(step, "actions/upload-artifact"));
    }

    [Fact]
    public void SecurityJob_Steps_ListVulnerableTransitivePackages()
    {
        Assert.Contains(
            Steps("security"),
            step => step.Text("run") is { } run
                && run.Contains("--vulnerable", StringComparison.Ordinal)
                && run.Contains("--include-transitive", StringComparison.Ordinal)
                && run.Contains("exit 1", StringComparison.Ordinal));
    }

    [Fact]
    public void LintJob_Steps_VerifyFormattingAndBuildWarningsAsErrors()
    {
        var runs = Steps("lint").Select(step => step.Text("run") ?? "").ToList();

        Assert.Contains(runs, run => run.Contains("dotnet format", StringComparison.Ordinal) && run.Contains("--verify-no-changes", StringComparison.Ordinal));
        Assert.Contains(runs, run => run.Contains("dotnet build", StringComparison.Ordinal) && run.Contains("-warnaserror", StringComparison.Ordinal));
    }
}
