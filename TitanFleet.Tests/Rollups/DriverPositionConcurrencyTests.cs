using Npgsql;
using TitanFleet.Grains.Rollups;
using TitanFleet.Grains.Telemetry;

namespace TitanFleet.Tests.Rollups;

/// <summary>
/// The two halves of the write-skew argument in <see cref="DriverPositionRollups"/>: a history commit and a
/// timesheet write for the same vehicle at the same time never both miss each other. Each test plays the
/// other writer by hand in a transaction that holds the vehicle's lock, as that writer would at the worst moment.
/// </summary>
[Collection(RollupCollection.Name)]
public sealed class DriverPositionConcurrencyTests(RollupFixture fixture)
{
    private static readonly DateTimeOffset Morning = new(2026, 10, 19, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AppendAsync_TimesheetCommittedWhileCommitWaitsForVehicleLock_CommitRecountsDriver()
    {
        var (company, vehicle, driver) = await fixture.NewCompanyAsync();
        var fixes = VehicleRollupTests.Zigzag(company, vehicle, Morning, count: 20);
        // A timesheet writer holding the vehicle's lock: it has read history (no fixes yet) and is about to commit.
        await using var timesheetWriter = await fixture.DataSource.OpenConnectionAsync();
        await using var transaction = await timesheetWriter.BeginTransactionAsync();
        await LockVehicleAsync(timesheetWriter, transaction, vehicle);
        await using (var insert = new NpgsqlCommand("""
            INSERT INTO timesheets (id, company_id, driver_id, vehicle_id, started_at, ended_at, start_odometer_km, end_odometer_km,
                                    driving_seconds, other_work_seconds, break_seconds, ended_by)
            VALUES (@id, @company, @driver, @vehicle, @started, @ended, 100, 120, 600, 60, 0, 'driver')
            """, timesheetWriter, transaction))
        {
            insert.Parameters.AddWithValue("id", Guid.NewGuid());
            insert.Parameters.AddWithValue("company", company);
            insert.Parameters.AddWithValue("driver", driver);
            insert.Parameters.AddWithValue("vehicle", vehicle);
            insert.Parameters.AddWithValue("started", Morning);
            insert.Parameters.AddWithValue("ended", Morning.AddHours(1));
            await insert.ExecuteNonQueryAsync();
        }

        var commit = fixture.History.AppendAsync(fixes);
        await WaitForLockWaitersAsync(1, commit);
        await transaction.CommitAsync();
        await commit;

        var row = Assert.Single(await RollupRows.DriverPositionsAsync(fixture.DataSource, company, driver));
        Assert.Equal(20, row.FixCount);
        RollupRows.AssertSame(DriverPositionRollupTests.Expected(fixes), [row]);
    }

    [Fact]
    public async Task RecordAsync_FixesCommittedWhileTimesheetWaitsForVehicleLock_TimesheetCountsThem()
    {
        var (company, vehicle, driver) = await fixture.NewCompanyAsync();
        var fixes = VehicleRollupTests.Zigzag(company, vehicle, Morning, count: 20);
        // A history commit holding the vehicle's lock: its fixes are stored and its ended-shift check found nothing.
        await using var historyWriter = await fixture.DataSource.OpenConnectionAsync();
        await using var transaction = await historyWriter.BeginTransactionAsync();
        await using (var insert = new NpgsqlCommand("""
            INSERT INTO location_history (vehicle_id, fix_time, source_id, company_id, latitude, longitude, speed_kmh)
            SELECT @vehicle, f.at, f.source, @company, f.latitude, f.longitude, f.speed
            FROM unnest(@at::timestamptz[], @source::uuid[], @latitude::double precision[], @longitude::double precision[], @speed::double precision[])
                AS f(at, source, latitude, longitude, speed)
            """, historyWriter, transaction))
        {
            insert.Parameters.AddWithValue("vehicle", vehicle);
            insert.Parameters.AddWithValue("company", company);
            insert.Parameters.AddWithValue("at", fixes.Select(f => f.FixTime).ToArray());
            insert.Parameters.AddWithValue("source", fixes.Select(f => f.SourceId).ToArray());
            insert.Parameters.AddWithValue("latitude", fixes.Select(f => f.Latitude).ToArray());
            insert.Parameters.AddWithValue("longitude", fixes.Select(f => f.Longitude).ToArray());
            insert.Parameters.AddWithValue("speed", fixes.Select(f => f.SpeedKmh ?? 0).ToArray());
            await insert.ExecuteNonQueryAsync();
        }
        await LockVehicleAsync(historyWriter, transaction, vehicle);

        var record = fixture.Timesheets.RecordAsync(
            DriverPositionRollupTests.Actor(company, driver),
            DriverPositionRollupTests.Entry(company, driver, vehicle, Morning, Morning.AddHours(1)), CancellationToken.None);
        await WaitForLockWaitersAsync(1, record);
        await transaction.CommitAsync();
        await record;

        var row = Assert.Single(await RollupRows.DriverPositionsAsync(fixture.DataSource, company, driver));
        Assert.Equal(20, row.FixCount);
    }

    private static async Task LockVehicleAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid vehicle)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@namespace, @key)", connection, transaction);
        command.Parameters.AddWithValue("namespace", VehicleRollupQueries.LockNamespace);
        command.Parameters.AddWithValue("key", VehicleRollupRows.LockKey(vehicle));
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Waits until the other writer queues for a vehicle lock in this database (or has finished without one).</summary>
    private async Task WaitForLockWaitersAsync(int count, Task writer)
    {
        await using var command = fixture.DataSource.CreateCommand("""
            SELECT count(*) FROM pg_locks
            WHERE locktype = 'advisory' AND NOT granted AND classid = @namespace
              AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """);
        command.Parameters.AddWithValue("namespace", (long)VehicleRollupQueries.LockNamespace);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!writer.IsCompleted && (long)(await command.ExecuteScalarAsync())! < count)
        {
            Assert.True(DateTime.UtcNow < deadline, "the writer neither queued for the vehicle lock nor finished");
            await Task.Delay(20);
        }
    }
}
