using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Npgsql;
using TitanFleet.Simulator.Cli;
using TitanFleet.Simulator.Database;
using TitanFleet.Simulator.Fleet;
using TitanFleet.Simulator.Http;
using TitanFleet.Simulator.Metrics;
using TitanFleet.Simulator.Plan;

namespace TitanFleet.Simulator.History;

/// <summary>
/// Reads over seeded history (issue 13): one vehicle's route for one day through
/// <c>GET /api/vehicles/{id}/trail?from&amp;to</c>, sequentially on one connection, for a different
/// random vehicle and day of the seeded range each time (pages mostly not cached) and for one
/// vehicle-day repeated (cached). With <c>--db</c>, also the trail's statement run directly; with
/// <c>--report-sql</c>, a report statement (parameters: the demo company, 30 days back from today, today);
/// with <c>--report-path</c>, a report endpoint read whole.
/// </summary>
public static class HistoryBench
{
    public static async Task<RunReport> RunAsync(SimulatorArgs args, TextWriter log, CancellationToken cancellationToken)
    {
        var url = Loopback.Require(args.Text("url", "http://127.0.0.1:8090"));
        var vehicles = args.Int("vehicles", 1_000, 1, 100_000);
        var days = args.Int("days", 42, 1, 460);
        var warmup = args.Int("warmup", 10, 0, 10_000);
        var requests = args.Int("requests", 100, 1, 100_000);
        var reportSql = args.OptionalText("report-sql");
        var reportDays = args.Int("report-days", 30, 1, 366);
        var reportPath = args.OptionalText("report-path");
        // A new seed each run by default: a rerun with the same one finds the same pages already cached.
        var seed = args.Int("seed", Environment.TickCount & int.MaxValue, 0);
        var jsonPath = args.OptionalText("json");
        await using var dataSource = args.OptionalText("db") is null ? null : DatabaseTarget.From(args);
        args.RejectUnknown();

        using var client = FleetHttp.CreateClient(url, 1);
        var cookie = await FleetHttp.LoginAsync(client, DemoIdentities.Email("manager"), DemoIdentities.Password, cancellationToken);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var random = new Random(seed);
        var startedAt = DateTimeOffset.UtcNow;
        var started = Stopwatch.GetTimestamp();
        var rows = new List<OperationRow>();

        var cold = new OperationStats("route, random day");
        for (var i = -warmup; i < requests; i++)
            await RouteAsync(client, cookie, 1 + random.Next(vehicles), today.AddDays(-1 - random.Next(days)), i < 0 ? null : cold, cancellationToken);
        rows.Add(cold.Snapshot(Stopwatch.GetElapsedTime(started)));

        var warm = new OperationStats("route, same day");
        var (vehicle, day) = WorkingDay(random.Next(vehicles), today.AddDays(-1));
        var warmStarted = Stopwatch.GetTimestamp();
        for (var i = -warmup; i < requests; i++) await RouteAsync(client, cookie, vehicle, day, i < 0 ? null : warm, cancellationToken);
        rows.Add(warm.Snapshot(Stopwatch.GetElapsedTime(warmStarted)));

        if (dataSource is not null)
        {
            var sqlRoute = new OperationStats("route SQL, random day");
            var sqlRouteStarted = Stopwatch.GetTimestamp();
            for (var i = -warmup; i < requests; i++)
            {
                var once = Stopwatch.GetTimestamp();
                var points = await RouteSqlAsync(dataSource, 1 + random.Next(vehicles), today.AddDays(-1 - random.Next(days)), cancellationToken);
                if (i >= 0) sqlRoute.Record(Stopwatch.GetElapsedTime(once), points, ok: true);
            }
            rows.Add(sqlRoute.Snapshot(Stopwatch.GetElapsedTime(sqlRouteStarted)));
        }

        if (reportSql is not null && dataSource is not null)
        {

            var sql = await File.ReadAllTextAsync(reportSql, cancellationToken);
            var report = new OperationStats($"report SQL {reportDays} d");
            var reportStarted = Stopwatch.GetTimestamp();
            for (var i = -warmup; i < requests; i++)
            {
                var once = Stopwatch.GetTimestamp();
                var read = await ReportAsync(dataSource, sql, today.AddDays(-reportDays), today, cancellationToken);
                if (i >= 0) report.Record(Stopwatch.GetElapsedTime(once), read, ok: read > 0);
            }
            rows.Add(report.Snapshot(Stopwatch.GetElapsedTime(reportStarted)));
        }

        if (reportPath is not null)
        {
            // {from} and {to} are the report's first and last day (inclusive): the --report-days days before today.
            var path = reportPath.Replace("{from}", today.AddDays(-reportDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{to}", today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal);
            var endpoint = new OperationStats($"report API {reportDays} d");
            var endpointStarted = Stopwatch.GetTimestamp();
            for (var i = -warmup; i < requests; i++)
            {
                var once = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(ScenarioContext.Get(path, cookie), HttpCompletionOption.ResponseContentRead, cancellationToken);
                var bytes = (await response.Content.ReadAsByteArrayAsync(cancellationToken)).Length;
                if (i >= 0) endpoint.Record(Stopwatch.GetElapsedTime(once), bytes / 1024, response.IsSuccessStatusCode, ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
            }
            rows.Add(endpoint.Snapshot(Stopwatch.GetElapsedTime(endpointStarted)));
        }

        var settings = new Dictionary<string, string>
        {
            ["vehicles"] = vehicles.ToString(CultureInfo.InvariantCulture),
            ["days"] = days.ToString(CultureInfo.InvariantCulture),
            ["requests"] = requests.ToString(CultureInfo.InvariantCulture),
            ["warmup"] = warmup.ToString(CultureInfo.InvariantCulture),
            ["seed"] = seed.ToString(CultureInfo.InvariantCulture),
        };
        var result = new RunReport("history-bench", startedAt, Stopwatch.GetElapsedTime(started).TotalSeconds, settings, rows,
            ["sequential on one connection; items = route points (report SQL: rows; report API: KiB of body) returned; route = one vehicle from 00:00 to 24:00 UTC of one seeded day"]);
        if (jsonPath is not null) await result.WriteJsonAsync(jsonPath, cancellationToken);
        log.WriteLine($"load {File.ReadAllText("/proc/loadavg").Trim()}");
        return result;
    }

    private static async Task RouteAsync(HttpClient client, string cookie, int vehicle, DateOnly day, OperationStats? stats, CancellationToken cancellationToken)
    {
        var from = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        var to = day.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        var started = Stopwatch.GetTimestamp();
        using var response = await client.SendAsync(ScenarioContext.Get($"/api/vehicles/{DemoIdentities.VehicleId(vehicle)}/trail?from={from}&to={to}", cookie), cancellationToken);
        var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var points = response.IsSuccessStatusCode ? (await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken)).RootElement.GetArrayLength() : 0;
        stats?.Record(Stopwatch.GetElapsedTime(started), points, response.IsSuccessStatusCode, response.IsSuccessStatusCode ? null : ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A vehicle that worked on the latest weekday on or before <paramref name="latest"/>, so the repeated route is a full one.</summary>
    private static (int Vehicle, DateOnly Day) WorkingDay(int start, DateOnly latest)
    {
        var day = latest;
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) day = day.AddDays(-1);
        var vehicle = 1 + start;
        while (!WorkDay.For(vehicle, day).Works) vehicle++;
        return (vehicle, day);
    }

    /// <summary>The statement the trail endpoint runs (PostgresLocationHistory.GetTrailAsync), read to the end, without HTTP, auth or JSON.</summary>
    private static async Task<int> RouteSqlAsync(NpgsqlDataSource dataSource, int vehicle, DateOnly day, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT vehicle_id, company_id, source_id, fix_time, latitude, longitude, speed_kmh, heading, accuracy_m, altitude_m, odometer_m
            FROM location_history WHERE vehicle_id = @vehicle AND fix_time >= @from AND fix_time < @to
            ORDER BY fix_time LIMIT 10000
            """);
        command.Parameters.AddWithValue("vehicle", DemoIdentities.VehicleId(vehicle));
        command.Parameters.AddWithValue("from", day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        command.Parameters.AddWithValue("to", day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var read = 0;
        var values = new object[reader.FieldCount];
        while (await reader.ReadAsync(cancellationToken))
        {
            reader.GetValues(values);
            read++;
        }
        return read;
    }

    private static async Task<int> ReportAsync(NpgsqlDataSource dataSource, string sql, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = Guid.Parse(DatabaseTarget.DemoCompanyId) });
        command.Parameters.Add(new NpgsqlParameter { Value = from });
        command.Parameters.Add(new NpgsqlParameter { Value = to });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var read = 0;
        var values = new object[reader.FieldCount];
        while (await reader.ReadAsync(cancellationToken))
        {
            reader.GetValues(values);
            read++;
        }
        return read;
    }
}
