using System.Net.Http.Headers;
using TitanFleet.Simulator.Fleet;
using TitanFleet.Simulator.Http;
using TitanFleet.Simulator.Metrics;

namespace TitanFleet.Simulator.Load;

/// <summary>Sends one vehicle's next report in the chosen form and records how it went.</summary>
public sealed class PositionSender(HttpClient client, PostMode mode, int batchSize, OperationStats stats)
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json");

    // Batches replay an offline buffer: fixes one second apart starting six hours back, plus a
    // random sub-second offset per run so repeated runs never resend (and deduplicate) the same fixes.
    private readonly DateTimeOffset _bufferStart = DateTimeOffset.UtcNow.AddHours(-6).AddTicks(Random.Shared.Next(10_000_000));

    public Task<bool> SendAsync(SimulatedVehicle vehicle, BufferClock clock, CancellationToken cancellationToken) => mode switch
    {
        PostMode.Single => SendJsonAsync("/api/locations", vehicle.Index, 1, PositionJson.Single(vehicle.Advance(DateTimeOffset.UtcNow)), cancellationToken),
        PostMode.Batch => SendJsonAsync("/api/locations/batch", vehicle.Index, batchSize, BatchBody(vehicle, clock), cancellationToken),
        _ => SendOsmAndAsync(vehicle, cancellationToken),
    };

    private byte[] BatchBody(SimulatedVehicle vehicle, BufferClock clock)
    {
        var fixes = new (Fix, Guid?)[batchSize];
        for (var i = 0; i < batchSize; i++) fixes[i] = (vehicle.Advance(_bufferStart.AddSeconds(clock.Next(vehicle.Index))), null);
        return PositionJson.Batch(fixes);
    }

    private Task<bool> SendJsonAsync(string path, int index, int items, byte[] body, CancellationToken cancellationToken) =>
        OperationStats.TimeAsync(stats, items, async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = JsonType;
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", DemoIdentities.DeviceToken(index));
            using var response = await client.SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
        });

    private Task<bool> SendOsmAndAsync(SimulatedVehicle vehicle, CancellationToken cancellationToken) =>
        OperationStats.TimeAsync(stats, 1, async () =>
        {
            var query = OsmAndQuery.For(DemoIdentities.OsmAndId(vehicle.Index), vehicle.Advance(DateTimeOffset.UtcNow));
            using var response = await client.PostAsync("/api/osmand?" + query, content: null, cancellationToken);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
        });
}
