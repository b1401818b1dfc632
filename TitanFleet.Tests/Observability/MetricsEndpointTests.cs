using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using TitanFleet.Api.Devices;
using TitanFleet.Silo.Demo;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Observability;

[Collection(InProcessSiloCollection.Name)]
public sealed class MetricsEndpointTests(InProcessSiloFixture silo)
{
    [Fact]
    public async Task Metrics_AfterAPositionIsIngested_ExposesFleetHttpRuntimeDatabaseAndOrleansSeries()
    {
        using var device = new HttpClient { BaseAddress = silo.BaseAddress };
        device.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DeviceToken.Format(DemoFleet.DeviceId(1), DemoFleet.DeviceSecret(1)));
        using (var posted = await device.PostAsJsonAsync("/api/locations/", new { timestamp = DateTimeOffset.UtcNow, latitude = 51.5, longitude = -0.12 }))
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);

        using var scraper = new HttpClient { BaseAddress = silo.BaseAddress };
        var metrics = await scraper.GetStringAsync("/metrics");

        Assert.Contains("titanfleet_positions_committed", metrics);
        Assert.Contains("titanfleet_group_commit_duration", metrics);
        Assert.Contains("titanfleet_ingest_duration", metrics);
        Assert.Contains("titanfleet_ingest_commit_wait", metrics);
        Assert.Contains("titanfleet_ingest_live_update", metrics);
        Assert.Contains("http_server_request_duration_seconds_bucket{", metrics);
        Assert.Contains("http_route=\"/api/locations/\"", metrics);
        Assert.Contains("dotnet_gc_", metrics);
        Assert.Contains("db_client_operation_duration", metrics);
        Assert.Contains("orleans_", metrics);
    }
}
