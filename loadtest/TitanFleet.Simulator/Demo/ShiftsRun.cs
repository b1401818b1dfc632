using System.Diagnostics;
using System.Net;
using System.Text.Json;
using TitanFleet.Simulator.Cli;
using TitanFleet.Simulator.Fleet;
using TitanFleet.Simulator.Http;
using TitanFleet.Simulator.Metrics;
using TitanFleet.Simulator.Plan;

namespace TitanFleet.Simulator.Demo;

/// <summary>
/// Puts shift drivers on shift for an ingestion run with hours tracking on: driver i (seeded with
/// Demo__Drivers) signs in, checks demo vehicle i (all items pass) and starts a shift in it. From then
/// on the vehicle's motion drives the driver's hours. A driver already on shift (409) counts as done.
/// </summary>
public static class ShiftsRun
{
    public static async Task<RunReport> RunAsync(SimulatorArgs args, TextWriter log, CancellationToken cancellationToken)
    {
        var url = Loopback.Require(args.Text("url", "http://127.0.0.1:8090"));
        var drivers = args.Int("drivers", 100, 1, 99_999);
        var first = args.Int("first", 1, 1, 99_999);
        var workers = args.Int("connections", 4, 1, 64);
        var jsonPath = args.OptionalText("json");
        args.RejectUnknown();

        using var client = FleetHttp.CreateClient(url, workers);
        var login = new OperationStats("POST /api/auth/login");
        var check = new OperationStats("POST /api/inspections");
        var start = new OperationStats("POST /api/shifts");
        var itemCodes = new Dictionary<string, string[]>();
        long next = first - 1;
        var startedAt = DateTimeOffset.UtcNow;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            for (var i = (int)Interlocked.Increment(ref next); i < first + drivers; i = (int)Interlocked.Increment(ref next))
            {
                string? cookie = null;
                await OperationStats.TimeAsync(login, 1, async () =>
                {
                    using var response = await client.PostAsync("/api/auth/login", Json(new { email = DemoIdentities.ShiftDriverEmail(i), password = DemoIdentities.Password }), cancellationToken);
                    cookie = FleetHttp.CookieFrom(response);
                    return response.IsSuccessStatusCode && cookie is not null ? null : $"HTTP {(int)response.StatusCode}";
                });
                if (cookie is null) continue;
                var vehicleId = DemoIdentities.VehicleId(i);
                var codes = await ItemCodesAsync(client, cookie, DemoIdentities.VehicleType(i), itemCodes, cancellationToken);
                var inspection = InspectionScenario.Submission(vehicleId, codes, failedItem: null, odometerKm: 100_000 + i, fuelLevelPercent: 80);
                if (!await SendAsync(check, client, "/api/inspections", inspection, cookie, cancellationToken)) continue;
                await SendAsync(start, client, "/api/shifts", new { vehicleId, odometerKm = 100_000 + i }, cookie, cancellationToken, alreadyDone: HttpStatusCode.Conflict);
                if ((i - first + 1) % 100 == 0) log.WriteLine($"{i - first + 1} drivers handled, {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s");
            }
        }));
        var elapsed = Stopwatch.GetElapsedTime(started);
        var report = new RunReport("shifts", startedAt, elapsed.TotalSeconds,
            new Dictionary<string, string> { ["drivers"] = drivers.ToString(), ["first"] = first.ToString(), ["url"] = url.ToString() },
            [login.Snapshot(elapsed), check.Snapshot(elapsed), start.Snapshot(elapsed)],
            [$"drivers {first}..{first + drivers - 1} on shift in demo vehicles {first}..{first + drivers - 1} (a 409 on start: already on shift, counted as done)"]);
        if (jsonPath is not null) await report.WriteJsonAsync(jsonPath, cancellationToken);
        return report;
    }

    private static async Task<string[]> ItemCodesAsync(HttpClient client, string cookie, string type, Dictionary<string, string[]> cache, CancellationToken cancellationToken)
    {
        lock (cache)
        {
            if (cache.TryGetValue(type, out var known)) return known;
        }
        using var request = ScenarioContext.Get($"/api/check-items?vehicleType={type}", cookie);
        using var response = await client.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var codes = InspectionScenario.ItemCodes(await response.Content.ReadAsStringAsync(cancellationToken));
        lock (cache) cache[type] = codes;
        return codes;
    }

    private static Task<bool> SendAsync(OperationStats stats, HttpClient client, string path, object body, string cookie, CancellationToken cancellationToken, HttpStatusCode? alreadyDone = null) =>
        OperationStats.TimeAsync(stats, 1, async () =>
        {
            using var request = ScenarioContext.PostJson(path, JsonSerializer.SerializeToUtf8Bytes(body), null, cookie);
            using var response = await client.SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode || response.StatusCode == alreadyDone ? null : $"HTTP {(int)response.StatusCode}";
        });

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}
