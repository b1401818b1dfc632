using TitanFleet.Silo.Dashboard;

namespace TitanFleet.Tests.Dashboard;

public sealed class DashboardOptionsValidatorTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("https://tiles.example.test/{z}/{x}/{y}.png")]
    [InlineData("http://127.0.0.1:8081/styles/basic/{z}/{x}/{y}@2x.png")]
    public void Validate_NoTileUrlOrTemplate_Succeeds(string? tileUrl)
    {
        var result = new DashboardOptionsValidator().Validate(null, new DashboardOptions { TileUrl = tileUrl });

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("https://tiles.example.test/tiles.png")]
    [InlineData("ftp://tiles.example.test/{z}/{x}/{y}.png")]
    [InlineData("tiles/{z}/{x}/{y}.png")]
    public void Validate_TileUrlNotAnHttpTemplate_FailureNamesTheSetting(string tileUrl)
    {
        var result = new DashboardOptionsValidator().Validate(null, new DashboardOptions { TileUrl = tileUrl });

        Assert.Contains("Dashboard:TileUrl", Assert.Single(result.Failures!));
    }

    [Fact]
    public void Validate_EmptyWebRoot_FailureNamesTheSetting()
    {
        var result = new DashboardOptionsValidator().Validate(null, new DashboardOptions { WebRoot = " " });

        Assert.Contains("Dashboard:WebRoot", Assert.Single(result.Failures!));
    }
}
