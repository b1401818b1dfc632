using System.Diagnostics;
using System.Text.Json;
using TitanFleet.Simulator.Cli;
using TitanFleet.Simulator.Fleet;
using TitanFleet.Simulator.Http;
using TitanFleet.Simulator.Metrics;
using TitanFleet.Simulator.Plan;

namespace TitanFleet.Simulator.Memory;

/// <summary>
/// Activates N bulk-seeded vehicles with one position each: batches of many vehicles posted as the
/// demo admin (admins may post for any company vehicle). Prints the silo's /api/health memory before
/// and after; the per-vehicle heap figure is taken after a forced GC (see loadtest/README.md).
/// </summary>
public static class ActivateRun
{
    public static async Task<RunReport> RunAsync(SimulatorArgs args, TextWriter log, CancellationToken cancellationToken)
    {
        var url = Loopback.Require(args.Text("url", "http://127.0.0.1:8090"));
        var count = args.Int("count", 1_000_000, 1, 10_000_000);
        // Bulk vehicle number to start from, so a run too long for one sitting can be split in parts.
        var firstVehicle = args.Int("first", 1, 1, 10_000_000);
        var batch = args.Int("batch", 1_000, 1, 1_000);
        var workers = args.Int("connections", 4, 1, 64);
        var timeout = TimeSpan.FromSeconds(args.Number("duration", 1_800, 1, 7_200));
        var jsonPath = args.OptionalText("json");
        args.RejectUnknown();

        using var client = FleetHttp.CreateClient(url, workers + 1);
        var cookie = await FleetHttp.LoginAsync(client, DemoIdentities.Email("admin"), DemoIdentities.Password, cancellationToken);
        log.WriteLine($"silo memory before: {await MemoryAsync(client, cancellationToken)}");

        var stats = new OperationStats($"POST batch of {batch} vehicles");
        var batches = (count + batch - 1) / batch;
        var fixTime = DateTimeOffset.UtcNow.AddSeconds(-30).AddTicks(Random.Shared.Next(10_000_000));
        long next = -1;
        var startedAt = DateTimeOffset.UtcNow;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            for (var b = Interlocked.Increment(ref next); b < batches && Stopwatch.GetElapsedTime(started) < timeout; b = Interlocked.Increment(ref next))
            {
                var offset = (int)(b * batch);
                var positions = Enumerable.Range(firstVehicle + offset, Math.Min(batch, count - offset))
                    .Select(i => (new Fix(fixTime, 50.5 + i % 1000 * 0.005, -3.5 + i / 1000 % 1000 * 0.006, 0, 0, 5, 50, 0), (Guid?)BulkFleet.VehicleId(i)))
                    .ToArray();
                var body = PositionJson.Batch(positions);
                await OperationStats.TimeAsync(stats, positions.Length, async () =>
                {
                    using var request = ScenarioContext.PostJson("/api/locations/batch", body);
                    request.Headers.Add("Cookie", cookie);
                    using var response = await client.SendAsync(request, cancellationToken);
                    return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
                });
                if ((b + 1) % 100 == 0) log.WriteLine($"{(b + 1) * batch} vehicles posted, {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s");
            }
        }));
        var elapsed = Stopwatch.GetElapsedTime(started);
        var after = await MemoryAsync(client, cancellationToken);
        log.WriteLine($"silo memory after: {after}");
        var report = new RunReport("activate", startedAt, elapsed.TotalSeconds,
            new Dictionary<string, string> { ["first"] = firstVehicle.ToString(), ["count"] = count.ToString(), ["batch"] = batch.ToString(), ["connections"] = workers.ToString() },
            [stats.Snapshot(elapsed)], [$"silo memory after (no forced GC): {after}"]);
        if (jsonPath is not null) await report.WriteJsonAsync(jsonPath, cancellationToken);
        return report;
    }

    private static async Task<string> MemoryAsync(HttpClient client, CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync("/api/health", cancellationToken));
        return document.RootElement.GetProperty("memory").ToString();
    }
}
