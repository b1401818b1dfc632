using System.Diagnostics;
using TitanFleet.Simulator.Cli;
using TitanFleet.Simulator.Fleet;
using TitanFleet.Simulator.Http;
using TitanFleet.Simulator.Load;
using TitanFleet.Simulator.Metrics;

namespace TitanFleet.Simulator.Demo;

/// <summary>
/// The run command's demo fleet: the seeded demo devices drive their routes at a gentle rate until
/// Ctrl+C, so a newcomer's live map moves; beside them the demo driver works shifts in one vehicle
/// (<see cref="DemoShift"/>). Waits for the silo to be ready first, since the run command starts both together.
/// </summary>
public static class DemoRun
{
    public static async Task RunAsync(SimulatorArgs args, TextWriter log, CancellationToken cancellationToken)
    {
        var url = Loopback.Require(args.Text("url", "http://127.0.0.1:8080"));
        var count = args.Int("vehicles", 25, 1, 1_000);
        var interval = TimeSpan.FromSeconds(args.Number("interval", 2, 0.5, 600));
        var shift = DemoShiftOptions.From(args, count);
        args.RejectUnknown();

        using var client = FleetHttp.CreateClient(url, 8);
        await WaitForReadyAsync(client, log, cancellationToken);
        var vehicles = Enumerable.Range(1, count).Select(i => new SimulatedVehicle(i)).ToArray();
        var stats = new OperationStats("demo posts");
        var sender = new PositionSender(client, PostMode.Single, 1, stats);
        var clock = new BufferClock();
        log.WriteLine($"demo fleet: {count} vehicles posting every {interval.TotalSeconds:0.#} s to {url} (Ctrl+C stops)");

        var shiftTask = shift.VehicleIndex == 0
            ? Task.CompletedTask
            : new DemoShift(new DemoDriverSession(client), vehicles[shift.VehicleIndex - 1], shift, log).RunAsync(cancellationToken);

        var started = Stopwatch.GetTimestamp();
        using var timer = new PeriodicTimer(interval);
        var round = 0;
        try
        {
            do
            {
                await Task.WhenAll(vehicles.Select(vehicle => sender.SendAsync(vehicle, clock, cancellationToken)));
                if (++round % 30 == 0)
                {
                    var row = stats.Snapshot(Stopwatch.GetElapsedTime(started));
                    log.WriteLine($"demo fleet: {row.Items} positions accepted, {row.Errors} errors, p95 {row.LatencyMs.P95:F1} ms");
                }
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            log.WriteLine("demo fleet stopped");
        }
        try
        {
            await shiftTask;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            log.WriteLine("demo shift stopped (an open shift resumes on the next run)");
        }
    }

    private static async Task WaitForReadyAsync(HttpClient client, TextWriter log, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var response = await client.GetAsync("/api/ready", cancellationToken);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // The silo is still starting; keep waiting.
            }
            if (attempt % 10 == 0) log.WriteLine("demo fleet: waiting for the silo to be ready…");
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }
}
