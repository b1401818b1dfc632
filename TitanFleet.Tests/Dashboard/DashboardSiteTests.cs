using System.Net;
using System.Net.Http.Json;
using TitanFleet.Api.Files;
using TitanFleet.Silo.Dashboard;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Dashboard;

/// <summary>How the silo serves the built page (scripts/build-web.sh) and its configuration.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class DashboardSiteTests(SingleSiloFixture fixture)
{
    [Fact]
    public async Task Root_PageBuilt_ServesIndexThatIsAlwaysRevalidated()
    {
        using var client = fixture.Silo.CreateClient();

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<script type=\"module\"", await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.CacheControl?.NoCache);
    }

    [Theory]
    [InlineData("/vehicles")]
    [InlineData("/vehicles/7f3c2a10-0d5e-4b7a-9a61-2f4b8c1d2001")]
    public async Task PagePath_NotAFile_ServesIndexForClientRouting(string path)
    {
        using var client = fixture.Silo.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/no-such-thing")]
    [InlineData("/hubs/no-such-hub")]
    [InlineData("/no-such-file.js")]
    public async Task UnknownPath_ApiHubOrFile_NotFoundProblem(string path)
    {
        using var client = fixture.Silo.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Basemap_Anonymous_ServesNaturalEarthOutlinesWithGreatBritain()
    {
        using var client = fixture.Silo.CreateClient();

        var basemap = await client.GetFromJsonAsync<Basemap>("/basemap/europe.json");

        Assert.Contains(basemap!.Features, feature => feature.Properties.Name == "United Kingdom");
    }

    [Fact]
    public async Task Config_SignedOut_Unauthorized()
    {
        using var client = fixture.Silo.CreateClient();

        using var response = await client.GetAsync("/api/dashboard/config");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Config_Manager_NoTileServerConfiguredAndTheUploadLimit()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));

        var config = await manager.Client.GetFromJsonAsync<DashboardConfig>("/api/dashboard/config");

        Assert.Equal(new DashboardConfig(null, null, new FilesOptions().MaxBytes), config);
    }

    private sealed record Basemap(BasemapFeature[] Features);

    private sealed record BasemapFeature(BasemapProperties Properties);

    private sealed record BasemapProperties(string Name);
}
