using System.Diagnostics;
using System.Globalization;
using System.Text;
using TitanFleet.Simulator.Cli;
using TitanFleet.Simulator.Fleet;
using TitanFleet.Simulator.Http;
using TitanFleet.Simulator.Metrics;

namespace TitanFleet.Simulator.Bench;

/// <summary>The spec's benchmark: per endpoint, sequential warm-up then measured requests on one connection, graded on p95.</summary>
public static class BenchRun
{
    public static async Task<RunReport> RunAsync(SimulatorArgs args, TextWriter log, CancellationToken cancellationToken)
    {
        var url = Loopback.Require(args.Text("url", "http://127.0.0.1:8090"));
        var warmup = args.Int("warmup", 10, 0, 10_000);
        var measured = args.Int("requests", 100, 1, 100_000);
        var vehicles = args.Int("vehicles", 25, 1, 1_000_000);
        var jsonPath = args.OptionalText("json");
        args.RejectUnknown();

        using var client = FleetHttp.CreateClient(url, 1);
        var cookie = await FleetHttp.LoginAsync(client, DemoIdentities.Email("manager"), DemoIdentities.Password, cancellationToken);
        var rows = new List<OperationRow>();
        var notes = new List<string> { $"{warmup} warm-up + {measured} measured sequential requests per endpoint; grades on p95: " +
            string.Join(", ", Grade.Bands.Select(b => $"{b.Grade} < {b.BelowMs} ms")) + ", F otherwise or on any error" };
        var startedAt = DateTimeOffset.UtcNow;
        var started = Stopwatch.GetTimestamp();
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture,
            $"{"endpoint",-32} {"n",5} {"errors",6} {"min",7} {"max",7} {"mean",7} {"median",7} {"p95",7} {"p99",7}  grade");
        using var items = await client.SendAsync(Plan.ScenarioContext.Get("/api/check-items?vehicleType=hgv", cookie), cancellationToken);
        items.EnsureSuccessStatusCode();
        var hgvCheckItems = Plan.InspectionScenario.ItemCodes(await items.Content.ReadAsStringAsync(cancellationToken));
        foreach (var endpoint in BenchEndpoints.For(cookie, vehicles, hgvCheckItems))
        {
            if (endpoint.Build is null)
            {
                table.AppendLine(CultureInfo.InvariantCulture, $"{endpoint.Name,-32} {endpoint.NotYet}");
                notes.Add($"{endpoint.Name}: {endpoint.NotYet}");
                continue;
            }
            var stats = new OperationStats(endpoint.Name);
            var warmStats = new OperationStats("warm-up");
            var endpointStart = Stopwatch.GetTimestamp();
            for (var n = 0; n < warmup + measured; n++)
            {
                var request = endpoint.Build(n);
                await OperationStats.TimeAsync(n < warmup ? warmStats : stats, 1, async () =>
                {
                    using (request)
                    using (var response = await client.SendAsync(request, cancellationToken))
                    {
                        await response.Content.LoadIntoBufferAsync(cancellationToken);
                        return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
                    }
                });
            }
            var row = stats.Snapshot(Stopwatch.GetElapsedTime(endpointStart));
            rows.Add(row);
            var l = row.LatencyMs;
            table.AppendLine(CultureInfo.InvariantCulture,
                $"{row.Name,-32} {l.Count,5} {row.Errors,6} {l.Min,7:F2} {l.Max,7:F2} {l.Mean,7:F2} {l.Median,7:F2} {l.P95,7:F2} {l.P99,7:F2}  {Grade.ForP95(l.P95, row.Errors)}");
        }
        log.Write(table.ToString());
        var settings = new Dictionary<string, string> { ["warmup"] = warmup.ToString(), ["requests"] = measured.ToString(), ["vehicles"] = vehicles.ToString(), ["url"] = url.ToString() };
        var report = new RunReport("bench", startedAt, Stopwatch.GetElapsedTime(started).TotalSeconds, settings, rows, notes);
        if (jsonPath is not null) await report.WriteJsonAsync(jsonPath, cancellationToken);
        return report;
    }
}
