using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using TitanFleet.Api.Devices;
using TitanFleet.Silo.Demo;
using TitanFleet.Silo.Observability;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Observability;

/// <summary>The real silo process with an OTLP endpoint configured, exporting to a local fake collector.</summary>
public sealed class OtlpTracingTests
{
    [Fact]
    public async Task Silo_WithOtlpEndpoint_ExportsHttpOrleansAndDatabaseSpansOfAnIngest()
    {
        await using var collector = await FakeOtlpReceiver.StartAsync();
        await using var database = new TestDatabase("otlp");
        await using var silo = new SiloProcess(database.ConnectionString, $"otlp-{Guid.NewGuid():N}", new Dictionary<string, string>
        {
            ["Demo__Seed"] = "true",
            ["Demo__Vehicles"] = "1",
            [FleetTelemetry.OtlpEndpointKey] = collector.Endpoint.ToString().TrimEnd('/'),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
        });
        await silo.StartAsync();

        using var device = silo.CreateClient();
        device.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DeviceToken.Format(DemoFleet.DeviceId(1), DemoFleet.DeviceSecret(1)));
        using (var posted = await device.PostAsJsonAsync("/api/locations/", new { timestamp = DateTimeOffset.UtcNow, latitude = 51.5, longitude = -0.12 }))
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);

        // Scope names of the instrumentations, the request's route, our service, and the grain the ingest called.
        string[] markers = ["Microsoft.AspNetCore", "POST /api/locations/", "Npgsql", "Microsoft.Orleans", "IVehicleGrain", FleetTelemetry.ServiceName];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await collector.WaitForTracesContainingAsync(markers, timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"No exported span mentions: {collector.MissingFrom(markers)}");
        }
    }
}
