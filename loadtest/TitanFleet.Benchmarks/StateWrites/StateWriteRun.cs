using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Benchmarks.StateWrites;

/// <summary>
/// Live-state writes of N vehicles whose state changes once a minute (N/60 writes a second), for a
/// bounded time, by the old path (one Orleans ADO.NET WriteToStorageKey statement per vehicle, as the
/// storage provider sent it, on several connections) or the new one (the silo's VehicleStateWriter,
/// grouped upserts into vehicle_live_state). Every vehicle has a stored row before the clock starts,
/// as in a running fleet. Reports rows written a second and the CPU of the PostgreSQL backends that
/// served them (from /proc; the server's WAL writer and checkpointer are not in it).
/// Usage: state-writes --db CONN --path old|new --vehicles N [--seconds 60] [--connections 8 (old)] [--group-rows 5000 (new)] [--payload 200]
/// </summary>
public static class StateWriteRun
{
    private const string ApplicationName = "statewrites-bench";
    private const string ServiceId = "statewrites-bench";
    private const string GrainType = "vehicle";

    public static async Task RunAsync(string[] args, TextWriter log)
    {
        var options = Parse(args);
        var path = options.GetValueOrDefault("path", "new");
        var vehicles = int.Parse(options.GetValueOrDefault("vehicles", "100000"), CultureInfo.InvariantCulture);
        var seconds = double.Parse(options.GetValueOrDefault("seconds", "60"), CultureInfo.InvariantCulture);
        var connections = int.Parse(options.GetValueOrDefault("connections", "8"), CultureInfo.InvariantCulture);
        var groupRows = int.Parse(options.GetValueOrDefault("group-rows", "5000"), CultureInfo.InvariantCulture);
        var payload = new byte[int.Parse(options.GetValueOrDefault("payload", "200"), CultureInfo.InvariantCulture)];
        Random.Shared.NextBytes(payload);
        var monitor = options.GetValueOrDefault("db", "Host=127.0.0.1;Port=55432;Username=postgres;Database=tf_statewrites");
        var builder = new NpgsqlConnectionStringBuilder(monitor) { ApplicationName = ApplicationName, MaxPoolSize = Math.Max(connections, 20) };
        await using var dataSource = NpgsqlDataSource.Create(builder);

        log.WriteLine($"{path} path, {vehicles:N0} vehicles changing once a minute ({vehicles / 60.0:N0} writes/s), {seconds} s, payload {payload.Length} B");
        var ids = await PrepareAsync(monitor, vehicles, payload);
        var rate = vehicles / 60.0;
        var committed = 0L;
        var skipped = 0L;
        var failed = 0L;
        Func<int, bool> issue;
        Func<Task> drain;
        if (path == "new")
        {
            var writer = new VehicleStateWriter(dataSource, Options.Create(new VehicleStateWriteOptions { MaxGroupRows = groupRows }), NullLogger<VehicleStateWriter>.Instance);
            await using (var warm = await dataSource.OpenConnectionAsync()) { }
            await writer.StartAsync(CancellationToken.None);
            issue = index =>
            {
                var write = new PendingStateWrite(ids[index].VehicleId, payload, DateTimeOffset.UtcNow);
                if (!writer.TryQueue(write)) return false;
                write.Committed.Task.ContinueWith(
                    t => _ = t.IsCompletedSuccessfully ? Interlocked.Increment(ref committed) : Interlocked.Increment(ref failed),
                    TaskScheduler.Default);
                return true;
            };
            drain = () => writer.StopAsync(CancellationToken.None);
        }
        else
        {
            var queue = Channel.CreateBounded<int>(10_000);
            var sql = await OldWriteSqlAsync(monitor);
            var versions = new int[vehicles];
            Array.Fill(versions, 1);
            var workers = Enumerable.Range(0, connections).Select(async _ =>
            {
                await using var connection = await dataSource.OpenConnectionAsync();
                await foreach (var index in queue.Reader.ReadAllAsync())
                {
                    try
                    {
                        await using var command = OldWrite(connection, sql, ids[index], versions[index], payload);
                        if (await command.ExecuteScalarAsync() is int next) versions[index] = next;
                        Interlocked.Increment(ref committed);
                    }
                    catch (NpgsqlException)
                    {
                        Interlocked.Increment(ref failed);
                    }
                }
            }).ToList();
            await Task.Delay(500);
            issue = index => queue.Writer.TryWrite(index);
            drain = async () =>
            {
                queue.Writer.Complete();
                await Task.WhenAll(workers);
            };
        }

        var cpuBefore = await BackendCpu.SampleAsync(monitor, ApplicationName);
        var started = Stopwatch.GetTimestamp();
        long issued = 0;
        while (Stopwatch.GetElapsedTime(started).TotalSeconds < seconds)
        {
            var due = (long)(rate * Stopwatch.GetElapsedTime(started).TotalSeconds);
            for (; issued < due; issued++)
                if (!issue((int)(issued % vehicles))) skipped++;
            await Task.Delay(20);
        }
        var cpuAfter = await BackendCpu.SampleAsync(monitor, ApplicationName);
        var measured = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var committedInWindow = Interlocked.Read(ref committed);
        await drain();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;

        var cpu = BackendCpu.Between(cpuBefore, cpuAfter);
        log.WriteLine($"offered {issued:N0} writes ({issued / measured:N0}/s), queue full {skipped:N0}, failed {Interlocked.Read(ref failed):N0}");
        log.WriteLine($"rows committed in the {measured:N1} s window: {committedInWindow:N0} ({committedInWindow / measured:N0} rows/s); all committed after drain: {Interlocked.Read(ref committed):N0} in {elapsed:N1} s");
        log.WriteLine($"PostgreSQL backend CPU: {cpu:N2} s = {cpu / measured:N3} cores; {(committedInWindow == 0 ? 0 : cpu * 1e6 / committedInWindow):N1} µs per row");
    }

    private static async Task<BenchVehicle[]> PrepareAsync(string connectionString, int vehicles, byte[] payload)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var reset = new NpgsqlCommand("""
            TRUNCATE vehicle_live_state;
            DELETE FROM orleans_grain_state WHERE service_id = @service;
            INSERT INTO vehicle_live_state (vehicle_id, state, written_at)
            SELECT gen_random_uuid(), @payload, now() - interval '1 hour' FROM generate_series(1, @vehicles);
            INSERT INTO orleans_grain_state (service_id, grain_id_hash, grain_type_hash, grain_id_n0, grain_id_n1, grain_type, grain_id_extension, payload, version)
            SELECT @service, hashtext(vehicle_id::text), hashtext(@type),
                   ('x' || left(replace(vehicle_id::text, '-', ''), 16))::bit(64)::bigint,
                   ('x' || right(replace(vehicle_id::text, '-', ''), 16))::bit(64)::bigint,
                   @type, NULL, @payload, 1
            FROM vehicle_live_state;
            """, connection) { CommandTimeout = 0 })
        {
            reset.Parameters.AddWithValue("service", ServiceId);
            reset.Parameters.AddWithValue("payload", payload);
            reset.Parameters.AddWithValue("vehicles", vehicles);
            reset.Parameters.AddWithValue("type", GrainType);
            await reset.ExecuteNonQueryAsync();
        }
        // Fresh statistics and visibility maps, as a table that has been live for a while has.
        foreach (var table in new[] { "vehicle_live_state", "orleans_grain_state" })
        {
            await using var vacuum = new NpgsqlCommand($"VACUUM ANALYZE {table}", connection) { CommandTimeout = 0 };
            await vacuum.ExecuteNonQueryAsync();
        }
        await using var read = new NpgsqlCommand("SELECT l.vehicle_id, g.grain_id_hash, g.grain_type_hash, g.grain_id_n0, g.grain_id_n1 FROM vehicle_live_state l JOIN orleans_grain_state g ON g.service_id = @service AND g.grain_id_hash = hashtext(l.vehicle_id::text) AND g.grain_id_n0 = ('x' || left(replace(l.vehicle_id::text, '-', ''), 16))::bit(64)::bigint", connection);
        read.Parameters.AddWithValue("service", ServiceId);
        var ids = new List<BenchVehicle>(vehicles);
        await using var reader = await read.ExecuteReaderAsync();
        while (await reader.ReadAsync()) ids.Add(new BenchVehicle(reader.GetGuid(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt64(3), reader.GetInt64(4)));
        return [.. ids.OrderBy(_ => Random.Shared.Next())];
    }

    private static async Task<string> OldWriteSqlAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT querytext FROM orleansquery WHERE querykey = 'WriteToStorageKey'", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static NpgsqlCommand OldWrite(NpgsqlConnection connection, string sql, BenchVehicle id, int version, byte[] payload)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("GrainIdHash", id.Hash);
        command.Parameters.AddWithValue("GrainIdN0", id.N0);
        command.Parameters.AddWithValue("GrainIdN1", id.N1);
        command.Parameters.AddWithValue("GrainTypeHash", id.TypeHash);
        command.Parameters.AddWithValue("GrainTypeString", GrainType);
        command.Parameters.Add(new NpgsqlParameter("GrainIdExtensionString", NpgsqlDbType.Text) { Value = DBNull.Value });
        command.Parameters.AddWithValue("ServiceId", ServiceId);
        command.Parameters.AddWithValue("GrainStateVersion", version);
        command.Parameters.AddWithValue("PayloadBinary", payload);
        return command;
    }

    private static Dictionary<string, string> Parse(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            options[args[i][2..]] = args[i + 1];
        }
        return options;
    }
}
