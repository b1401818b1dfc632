using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api;

[Collection(SingleSiloCollection.Name)]
public sealed class ProbeTests(SingleSiloFixture fixture)
{
    [Theory]
    [InlineData("/api/live")]
    [InlineData("/api/ready")]
    public async Task Probe_HealthySilo_Ok(string path)
    {
        using var client = fixture.Silo.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Health_HealthySilo_ReportsStatusUptimeMemoryEnvironmentVersionAndChecks()
    {
        using var client = fixture.Silo.CreateClient();

        var health = await client.GetFromJsonAsync<JsonElement>("/api/health");

        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.True(health.GetProperty("uptimeSeconds").GetDouble() > 0);
        Assert.True(health.GetProperty("memory").GetProperty("workingSetBytes").GetInt64() > 0);
        Assert.Equal("Development", health.GetProperty("environment").GetString());
        Assert.StartsWith("0.1.0", health.GetProperty("version").GetString());
        Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("postgres").GetProperty("status").GetString());
        Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("silo").GetProperty("status").GetString());
    }
}
