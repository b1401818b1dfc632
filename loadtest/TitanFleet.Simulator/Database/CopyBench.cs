using System.Diagnostics;
using NpgsqlTypes;
using TitanFleet.Simulator.Cli;
using TitanFleet.Simulator.Fleet;
using TitanFleet.Simulator.Metrics;

namespace TitanFleet.Simulator.Database;

/// <summary>
/// The reference for batched ingestion: raw binary COPY of location rows straight into location_history
/// (no HTTP, no validation, no conflict check), in batches on a few connections, for a bounded time.
/// <c>--method unnest</c> runs the product's group-commit statement instead, to split the database's cost from the silo's.
/// Rows look like the simulator's: 100 one-second-apart fixes per vehicle, new fix times every run.
/// </summary>
public static class CopyBench
{
    private const string Copy = """
        COPY location_history (vehicle_id, fix_time, source_id, company_id, latitude, longitude, speed_kmh, heading, accuracy_m, altitude_m, odometer_m)
        FROM STDIN (FORMAT BINARY)
        """;

    public static async Task<RunReport> RunAsync(SimulatorArgs args, TextWriter log, CancellationToken cancellationToken)
    {
        await using var dataSource = DatabaseTarget.From(args);
        var connections = args.Int("connections", 1, 1, 16);
        var rowsPerCopy = args.Int("rows-per-copy", 1_000, 100, 100_000);
        var duration = TimeSpan.FromSeconds(args.Number("duration", 15, 1, 600));
        var vehicles = args.Int("vehicles", 10_000, 1, 1_000_000);
        var unnest = args.Text("method", "copy") switch
        {
            "copy" => false,
            "unnest" => true,
            var other => throw new ArgumentException($"--method must be copy or unnest, not '{other}'."),
        };
        var jsonPath = args.OptionalText("json");
        args.RejectUnknown();

        var company = Guid.Parse(DatabaseTarget.DemoCompanyId);
        var start = DateTimeOffset.UtcNow.AddHours(-4).AddTicks(Random.Shared.Next(10_000_000));
        var stats = new OperationStats(unnest ? $"INSERT unnest {rowsPerCopy} rows" : $"COPY {rowsPerCopy} rows");
        long nextVehicleRound = 0;
        log.WriteLine($"{(unnest ? "INSERT … unnest … ON CONFLICT DO NOTHING" : "binary COPY")} into location_history: {connections} connection(s), {rowsPerCopy} rows per statement, {duration.TotalSeconds:0} s");
        var startedAt = DateTimeOffset.UtcNow;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            while (Stopwatch.GetElapsedTime(started) < duration)
            {
                var batchStart = Stopwatch.GetTimestamp();
                var first = Interlocked.Add(ref nextVehicleRound, rowsPerCopy / 100) - rowsPerCopy / 100;
                var rows = Enumerable.Range(0, rowsPerCopy).Select(r =>
                {
                    var slot = first + r / 100;
                    return new HistoryRow(1 + (int)(slot % vehicles), start.AddSeconds(slot / vehicles * 100 + r % 100), r);
                }).ToArray();
                if (unnest) await UnnestInsert.ExecuteAsync(connection, rows, company, cancellationToken);
                else await CopyAsync(connection, rows, company, cancellationToken);
                stats.Record(Stopwatch.GetElapsedTime(batchStart), rowsPerCopy, ok: true);
            }
        }));
        var elapsed = Stopwatch.GetElapsedTime(started);
        var settings = new Dictionary<string, string> { ["method"] = unnest ? "unnest" : "copy", ["connections"] = connections.ToString(), ["rows_per_copy"] = rowsPerCopy.ToString(), ["vehicles"] = vehicles.ToString() };
        var report = new RunReport("copy", startedAt, elapsed.TotalSeconds, settings, [stats.Snapshot(elapsed)],
            ["items/s = rows committed per second; latency = one COPY of a batch"]);
        if (jsonPath is not null) await report.WriteJsonAsync(jsonPath, cancellationToken);
        return report;
    }

    private static async Task CopyAsync(Npgsql.NpgsqlConnection connection, HistoryRow[] rows, Guid company, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(Copy, cancellationToken);
        foreach (var row in rows) await WriteRowAsync(writer, row.Index, company, row.FixTime, row.Ordinal, cancellationToken);
        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task WriteRowAsync(Npgsql.NpgsqlBinaryImporter writer, int index, Guid company, DateTimeOffset fixTime, int r, CancellationToken cancellationToken)
    {
        await writer.StartRowAsync(cancellationToken);
        await writer.WriteAsync(DemoIdentities.VehicleId(index), NpgsqlDbType.Uuid, cancellationToken);
        await writer.WriteAsync(fixTime.UtcDateTime, NpgsqlDbType.TimestampTz, cancellationToken);
        await writer.WriteAsync(DemoIdentities.DeviceId(index), NpgsqlDbType.Uuid, cancellationToken);
        await writer.WriteAsync(company, NpgsqlDbType.Uuid, cancellationToken);
        await writer.WriteAsync(51.5 + r * 1e-4, NpgsqlDbType.Double, cancellationToken);
        await writer.WriteAsync(-0.12 - r * 1e-4, NpgsqlDbType.Double, cancellationToken);
        await writer.WriteAsync(80.0, NpgsqlDbType.Double, cancellationToken);
        await writer.WriteAsync(90.0, NpgsqlDbType.Double, cancellationToken);
        await writer.WriteAsync(5.0, NpgsqlDbType.Double, cancellationToken);
        await writer.WriteAsync(60.0, NpgsqlDbType.Double, cancellationToken);
        await writer.WriteAsync(1_000_000.0 + r, NpgsqlDbType.Double, cancellationToken);
    }
}
