using TitanFleet.Simulator.Cli;

namespace TitanFleet.Simulator.Database;

/// <summary>
/// Adds N vehicles (no devices) to the demo company in one INSERT … SELECT generate_series, with the
/// ids <see cref="Fleet.BulkFleet"/> computes, for the memory benchmark. Idempotent.
/// </summary>
public static class BulkVehicleSeed
{
    public static async Task RunAsync(SimulatorArgs args, TextWriter log, CancellationToken cancellationToken)
    {
        await using var dataSource = DatabaseTarget.From(args);
        var count = args.Int("count", 1_000_000, 1, 10_000_000);
        args.RejectUnknown();

        await using var command = dataSource.CreateCommand("""
            INSERT INTO vehicles (id, company_id, registration, vehicle_type)
            SELECT ('00000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid, @company, 'BULK' || lpad(i::text, 8, '0'), 'van'
            FROM generate_series(1, @count) AS i
            ON CONFLICT (id) DO NOTHING
            """);
        command.CommandTimeout = 600;
        command.Parameters.AddWithValue("company", Guid.Parse(DatabaseTarget.DemoCompanyId));
        command.Parameters.AddWithValue("count", count);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var inserted = await command.ExecuteNonQueryAsync(cancellationToken);
        log.WriteLine($"bulk vehicles: {inserted} inserted (of {count}) in {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");
    }
}
