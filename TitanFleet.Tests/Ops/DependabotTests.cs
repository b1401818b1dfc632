namespace TitanFleet.Tests.Ops;

public sealed class DependabotTests
{
    [Theory]
    [InlineData("nuget")]
    [InlineData("github-actions")]
    [InlineData("docker")]
    public void Updates_Ecosystem_AreWeeklyAndGrouped(string ecosystem)
    {
        var update = Assert.Single(
            YamlFiles.Load(".github/dependabot.yml").Items("updates"),
            update => update.Text("package-ecosystem") == ecosystem);

        Assert.Equal("weekly", update.Text("schedule", "interval"));
        Assert.NotEmpty(update.Keys("groups"));
    }
}
