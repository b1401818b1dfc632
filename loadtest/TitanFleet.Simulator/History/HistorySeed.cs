using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using NpgsqlTypes;
using TitanFleet.Simulator.Cli;
using TitanFleet.Simulator.Database;
using TitanFleet.Simulator.Fleet;

namespace TitanFleet.Simulator.History;

/// <summary>
/// Seeds months of location history for the demo company with binary COPY, for the issue 13
/// benchmarks at 50 million rows: the company, V vehicles and their devices (the demo identities,
/// so the silo's demo tokens and logins work), the monthly partitions, then D whole days of
/// <see cref="VehicleHistory"/> per vehicle ending at today's midnight (UTC), one COPY per vehicle.
/// </summary>
public static class HistorySeed
{
    private const string Copy = """
        COPY location_history (vehicle_id, fix_time, source_id, company_id, latitude, longitude, speed_kmh, heading, accuracy_m, altitude_m, odometer_m, received_at)
        FROM STDIN (FORMAT BINARY)
        """;

    public static async Task RunAsync(SimulatorArgs args, TextWriter log, CancellationToken cancellationToken)
    {
        await using var dataSource = DatabaseTarget.From(args);
        var vehicles = args.Int("vehicles", 1_000, 1, 100_000);
        var days = args.Int("days", 45, 1, 460);
        var connections = args.Int("connections", 2, 1, 16);
        var dryRun = args.Flag("dry-run");
        args.RejectUnknown();

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var first = today.AddDays(-days);
        if (dryRun)
        {
            var counted = Enumerable.Range(1, vehicles).AsParallel().Sum(i => (long)new VehicleHistory(i).Days(first, days).Count());
            log.WriteLine($"dry run: {counted:N0} rows for {vehicles:N0} vehicles over {days} days ({first:yyyy-MM-dd} to {today.AddDays(-1):yyyy-MM-dd})");
            return;
        }

        await EnsureFleetAsync(dataSource, vehicles, first, cancellationToken);
        await using (var partitions = dataSource.CreateCommand("SELECT ensure_monthly_partitions('location_history', @from, @to)"))
        {
            partitions.Parameters.AddWithValue("from", first.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
            partitions.Parameters.AddWithValue("to", today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
            await partitions.ExecuteScalarAsync(cancellationToken);
        }

        log.WriteLine($"seeding {vehicles:N0} vehicles x {days} days ({first:yyyy-MM-dd} to {today.AddDays(-1):yyyy-MM-dd}) on {connections} connection(s)");
        var company = Guid.Parse(DatabaseTarget.DemoCompanyId);
        long rows = 0;
        var nextVehicle = 0;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            int index;
            while ((index = Interlocked.Increment(ref nextVehicle)) <= vehicles && !cancellationToken.IsCancellationRequested)
            {
                var written = WriteVehicle(connection, index, company, first, days);
                var total = Interlocked.Add(ref rows, written);
                if (index % 50 == 0)
                {
                    var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
                    log.WriteLine($"  vehicle {index:N0}: {total:N0} rows in {seconds:F0} s ({total / seconds:N0} rows/s)");
                }
            }
        }, cancellationToken)));
        var copySeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        log.WriteLine($"copied {rows:N0} rows in {copySeconds:F1} s: {rows / copySeconds:N0} rows/s");

        await using (var analyze = dataSource.CreateCommand("ANALYZE location_history"))
        {
            analyze.CommandTimeout = 3_600;
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }
        log.WriteLine($"analyzed; total {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");
    }

    private static long WriteVehicle(NpgsqlConnection connection, int index, Guid company, DateOnly first, int days)
    {
        var vehicleId = DemoIdentities.VehicleId(index);
        var deviceId = DemoIdentities.DeviceId(index);
        using var writer = connection.BeginBinaryImport(Copy);
        long written = 0;
        foreach (var fix in new VehicleHistory(index).Days(first, days))
        {
            writer.StartRow();
            writer.Write(vehicleId, NpgsqlDbType.Uuid);
            writer.Write(fix.Timestamp.UtcDateTime, NpgsqlDbType.TimestampTz);
            writer.Write(deviceId, NpgsqlDbType.Uuid);
            writer.Write(company, NpgsqlDbType.Uuid);
            writer.Write(fix.Latitude, NpgsqlDbType.Double);
            writer.Write(fix.Longitude, NpgsqlDbType.Double);
            writer.Write(fix.SpeedKmh, NpgsqlDbType.Double);
            writer.Write(fix.Heading, NpgsqlDbType.Double);
            writer.Write(fix.AccuracyMetres, NpgsqlDbType.Double);
            writer.Write(fix.AltitudeMetres, NpgsqlDbType.Double);
            writer.Write(fix.OdometerMetres, NpgsqlDbType.Double);
            // A tracker's post reaches the server a moment after its fix.
            writer.Write(fix.Timestamp.UtcDateTime.AddSeconds(2), NpgsqlDbType.TimestampTz);
            written++;
        }
        writer.Complete();
        return written;
    }

    /// <summary>The demo company, vehicles and devices as the silo's demo seed writes them (ids, device secrets); rows already there are kept, their vehicles dated back to the first seeded day.</summary>
    private static async Task EnsureFleetAsync(NpgsqlDataSource dataSource, int vehicles, DateOnly first, CancellationToken cancellationToken)
    {
        var company = Guid.Parse(DatabaseTarget.DemoCompanyId);
        var indexes = Enumerable.Range(1, vehicles).ToArray();
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(Command("INSERT INTO companies (id, name) VALUES (@company, 'Demo Haulage Ltd') ON CONFLICT DO NOTHING", ("company", company)));
        batch.BatchCommands.Add(Command("""
            INSERT INTO vehicles (id, company_id, registration, vehicle_type)
            SELECT v.id, @company, v.registration, v.type FROM unnest(@ids, @registrations, @types) AS v(id, registration, type)
            ON CONFLICT DO NOTHING
            """,
            ("company", company), ("ids", indexes.Select(DemoIdentities.VehicleId).ToArray()),
            ("registrations", indexes.Select(i => $"HS{i:D5}").ToArray()), ("types", indexes.Select(DemoIdentities.VehicleType).ToArray())));
        batch.BatchCommands.Add(Command("""
            INSERT INTO devices (id, company_id, vehicle_id, unique_id, token_sha256, name)
            SELECT d.id, @company, d.vehicle, d.unique_id, d.hash, d.name FROM unnest(@ids, @vehicles, @uniques, @hashes, @names) AS d(id, vehicle, unique_id, hash, name)
            ON CONFLICT DO NOTHING
            """,
            ("company", company), ("ids", indexes.Select(DemoIdentities.DeviceId).ToArray()), ("vehicles", indexes.Select(DemoIdentities.VehicleId).ToArray()),
            ("uniques", indexes.Select(DemoIdentities.OsmAndId).ToArray()),
            ("hashes", indexes.Select(i => SHA256.HashData(Encoding.UTF8.GetBytes($"demo-device-secret-{i:D3}"))).ToArray()),
            ("names", indexes.Select(i => $"Phone {i}").ToArray())));
        // Reports count a vehicle's days only from its creation: the seeded fleet existed before its history.
        batch.BatchCommands.Add(Command("UPDATE vehicles SET created_at = @first WHERE id = ANY(@ids) AND created_at > @first",
            ("first", first.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)), ("ids", indexes.Select(DemoIdentities.VehicleId).ToArray())));
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlBatchCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command;
    }
}
