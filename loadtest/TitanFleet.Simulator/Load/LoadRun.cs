using System.Diagnostics;
using TitanFleet.Simulator.Dashboards;
using TitanFleet.Simulator.Fleet;
using TitanFleet.Simulator.Http;
using TitanFleet.Simulator.Metrics;

namespace TitanFleet.Simulator.Load;

/// <summary>
/// Drives the fleet for a bounded time and request count, optionally with dashboards measuring push
/// delay, and reports posts and deliveries. A warm-up (not counted) fills the silo's caches and
/// activates the vehicles first, as a fleet that has been running would have.
/// </summary>
public static class LoadRun
{
    public static async Task<RunReport> RunAsync(LoadOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        using var client = FleetHttp.CreateClient(options.Common.Url, options.Connections);
        var vehicles = Enumerable.Range(options.First, options.Vehicles).Select(i => new SimulatedVehicle(i)).ToArray();
        var clock = new BufferClock();
        await using var dashboards = await StartDashboardsAsync(client, options, cancellationToken);

        if (options.Warmup > TimeSpan.Zero)
        {
            log.WriteLine($"warm-up {options.Warmup.TotalSeconds:0} s (not counted)");
            var warm = new PositionSender(client, options.Mode, options.BatchSize, new OperationStats("warm-up"));
            await DriveAsync(options, vehicles, warm, clock, options.Warmup, long.MaxValue, cancellationToken);
        }

        var posts = new OperationStats(options.Mode switch { PostMode.Batch => $"POST batch of {options.BatchSize}", PostMode.OsmAnd => "POST osmand", _ => "POST location" });
        var sender = new PositionSender(client, options.Mode, options.BatchSize, posts);
        var startedAt = DateTimeOffset.UtcNow;
        if (dashboards is not null) dashboards.CountFrom = startedAt;
        log.WriteLine($"measuring {options.Common.Duration.TotalSeconds:0} s");
        var started = Stopwatch.GetTimestamp();
        await DriveAsync(options, vehicles, sender, clock, options.Common.Duration, options.Common.MaxRequests, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);

        var rows = new List<OperationRow> { posts.Snapshot(elapsed) };
        var notes = new List<string>();
        if (dashboards is not null)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken); // the last posts' pushes are still on their way
            rows.Add(dashboards.Delays.Snapshot(elapsed));
            notes.Add($"{options.Dashboards} dashboards received {dashboards.Batches} batches; push delay = arrival - fix time (fix time = moment of posting)");
            if (dashboards.Delays.Negative > 0) notes.Add($"{dashboards.Delays.Negative} negative delays (clock skew)");
        }
        if (options.Interval > TimeSpan.Zero)
        {
            var target = options.Vehicles / options.Interval.TotalSeconds;
            notes.Add($"target rate {target:F0} requests/s ({options.Vehicles} vehicles every {options.Interval.TotalSeconds:0.###} s)");
        }
        return new RunReport("load", startedAt, elapsed.TotalSeconds, Settings(options), rows, notes);
    }

    private static async Task<DashboardPool?> StartDashboardsAsync(HttpClient client, LoadOptions options, CancellationToken cancellationToken)
    {
        if (options.Dashboards == 0) return null;
        var cookie = await FleetHttp.LoginAsync(client, DemoIdentities.Email("manager"), DemoIdentities.Password, cancellationToken);
        var pool = new DashboardPool(options.Common.Url, cookie, options.Dashboards);
        await pool.StartAsync(cancellationToken);
        return pool;
    }

    private static Task DriveAsync(LoadOptions options, SimulatedVehicle[] vehicles, PositionSender sender, BufferClock clock,
        TimeSpan duration, long maxRequests, CancellationToken cancellationToken) =>
        options.Interval > TimeSpan.Zero
            ? OpenLoop.RunAsync(vehicles, options.Interval, options.Connections, duration, maxRequests,
                (vehicle, token) => sender.SendAsync(vehicle, clock, token), cancellationToken)
            : ClosedLoop.RunAsync(vehicles, options.Connections, duration, maxRequests,
                (vehicle, token) => sender.SendAsync(vehicle, clock, token), cancellationToken);

    private static Dictionary<string, string> Settings(LoadOptions o) => new()
    {
        ["mode"] = o.Mode.ToString().ToLowerInvariant(),
        ["vehicles"] = o.Vehicles.ToString(),
        ["interval_s"] = o.Interval.TotalSeconds.ToString("0.###"),
        ["batch_size"] = o.Mode == PostMode.Batch ? o.BatchSize.ToString() : "1",
        ["connections"] = o.Connections.ToString(),
        ["dashboards"] = o.Dashboards.ToString(),
        ["url"] = o.Common.Url.ToString(),
    };
}
