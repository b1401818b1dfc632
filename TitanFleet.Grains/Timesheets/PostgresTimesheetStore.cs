using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using TitanFleet.Grains.Audit;
using TitanFleet.Grains.Rollups;

namespace TitanFleet.Grains.Timesheets;

/// <summary>
/// Reads and writes the timesheets table. Every query is scoped to a company, so another company's
/// timesheet is indistinguishable from a missing one; every write goes through <see cref="AuditedTransaction"/>
/// and recounts the driver's daily rollup of the day the shift started in the same transaction.
/// </summary>
public sealed class PostgresTimesheetStore(NpgsqlDataSource dataSource, DriverRollupWriter rollups)
{
    public const string EntityType = "timesheet";

    private const string Select = """
        SELECT t.id, t.company_id, t.driver_id, u.display_name, t.vehicle_id, v.registration, t.started_at, t.ended_at,
               t.start_odometer_km, t.end_odometer_km, t.distance_km, t.driving_seconds, t.other_work_seconds, t.break_seconds,
               t.breaks, t.ended_by, t.version
        FROM timesheets t JOIN users u ON u.id = t.driver_id JOIN vehicles v ON v.id = t.vehicle_id
        """;

    /// <summary>Writes a finished shift once: the id is the shift's, so an end retried after a crash returns the row already written.</summary>
    public async Task<TimesheetRecord> RecordAsync(AuditActor actor, TimesheetEntry entry, CancellationToken cancellationToken)
    {
        await using (var unit = await AuditedTransaction.BeginAsync(dataSource, actor, cancellationToken))
        {
            await using var insert = unit.Command("""
                INSERT INTO timesheets (id, company_id, driver_id, vehicle_id, started_at, ended_at, start_odometer_km, end_odometer_km,
                                        driving_seconds, other_work_seconds, break_seconds, breaks, ended_by)
                VALUES (@id, @company, @driver, @vehicle, @started, @ended, @startKm, @endKm, @driving, @otherWork, @break, @breaks, @endedBy)
                ON CONFLICT (id) DO NOTHING
                """);
            insert.Parameters.AddWithValue("id", entry.Id);
            insert.Parameters.AddWithValue("company", entry.CompanyId);
            insert.Parameters.AddWithValue("driver", entry.DriverId);
            insert.Parameters.AddWithValue("vehicle", entry.VehicleId);
            insert.Parameters.AddWithValue("started", entry.StartedAt);
            insert.Parameters.AddWithValue("ended", entry.EndedAt);
            insert.Parameters.AddWithValue("startKm", entry.StartOdometerKm);
            insert.Parameters.AddWithValue("endKm", entry.EndOdometerKm);
            insert.Parameters.AddWithValue("driving", entry.Totals.DrivingSeconds);
            insert.Parameters.AddWithValue("otherWork", entry.Totals.OtherWorkSeconds);
            insert.Parameters.AddWithValue("break", entry.Totals.BreakSeconds);
            insert.Parameters.AddWithValue("breaks", NpgsqlDbType.Jsonb, JsonSerializer.Serialize(entry.Totals.Breaks, JsonSerializerOptions.Web));
            insert.Parameters.AddWithValue("endedBy", entry.EndedBy);
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 1)
            {
                var written = (await ReadOneAsync(unit.Command(Select + " WHERE t.id = @id"), entry.Id, cancellationToken))!;
                unit.Record(AuditActions.Create, EntityType, entry.Id, AuditChanges.Between(null, written.AuditFields()));
                await rollups.RecountAsync(unit.Command, entry.CompanyId, entry.DriverId, [entry.StartedAt], cancellationToken);
                await unit.CommitAsync(cancellationToken);
                return written;
            }
        }
        return (await FindAsync(entry.CompanyId, entry.Id, cancellationToken))!;
    }

    public async Task<TimesheetRecord?> FindAsync(Guid companyId, Guid timesheetId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Select + " WHERE t.id = @id AND t.company_id = @company");
        command.Parameters.AddWithValue("company", companyId);
        return await ReadOneAsync(command, timesheetId, cancellationToken);
    }

    public async Task<TimesheetPage> ListAsync(Guid companyId, TimesheetListFilter filter, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Select + """
             WHERE t.company_id = @company
              AND (@driver::uuid IS NULL OR t.driver_id = @driver)
              AND (@vehicle::uuid IS NULL OR t.vehicle_id = @vehicle)
              AND (@from::timestamptz IS NULL OR t.started_at >= @from)
              AND (@to::timestamptz IS NULL OR t.started_at < @to)
              AND (@afterId::uuid IS NULL OR (t.started_at, t.id) < (@afterStarted, @afterId))
            ORDER BY t.started_at DESC, t.id DESC
            LIMIT @limit
            """);
        command.Parameters.AddWithValue("company", companyId);
        command.Parameters.Add(new NpgsqlParameter<Guid?>("driver", filter.DriverId));
        command.Parameters.Add(new NpgsqlParameter<Guid?>("vehicle", filter.VehicleId));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset?>("from", filter.From?.ToUniversalTime()));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset?>("to", filter.To?.ToUniversalTime()));
        command.Parameters.Add(new NpgsqlParameter<Guid?>("afterId", filter.After?.Id));
        command.Parameters.Add(new NpgsqlParameter<DateTime>("afterStarted", new DateTime(filter.After?.StartedTicks ?? 0, DateTimeKind.Utc)));
        command.Parameters.AddWithValue("limit", filter.Limit + 1);

        var rows = new List<TimesheetRecord>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken)) rows.Add(Read(reader));
        }
        if (rows.Count <= filter.Limit) return new TimesheetPage(rows, null);
        rows.RemoveAt(rows.Count - 1);
        return new TimesheetPage(rows, new TimesheetCursor(rows[^1].StartedAt.UtcTicks, rows[^1].Id));
    }

    /// <summary>A manager's correction, if the row is still at <paramref name="expectedVersion"/>.</summary>
    public async Task<TimesheetWriteResult> CorrectAsync(AuditActor actor, Guid timesheetId, int expectedVersion, TimesheetCorrection correction, CancellationToken cancellationToken)
    {
        await using var unit = await AuditedTransaction.BeginAsync(dataSource, actor, cancellationToken);
        await using var select = unit.Command(Select + " WHERE t.id = @id AND t.company_id = @company FOR UPDATE OF t");
        select.Parameters.AddWithValue("company", actor.CompanyId);
        var current = await ReadOneAsync(select, timesheetId, cancellationToken);
        if (current is null) return new TimesheetWriteResult(TimesheetWriteStatus.NotFound);
        if (current.Version != expectedVersion) return new TimesheetWriteResult(TimesheetWriteStatus.VersionConflict, current);
        if (current.StartedAt == correction.StartedAt && current.EndedAt == correction.EndedAt
            && current.StartOdometerKm == correction.StartOdometerKm && current.EndOdometerKm == correction.EndOdometerKm)
            return new TimesheetWriteResult(TimesheetWriteStatus.Unchanged, current);

        await using var update = unit.Command("""
            UPDATE timesheets SET started_at = @started, ended_at = @ended, start_odometer_km = @startKm, end_odometer_km = @endKm,
                updated_at = now(), version = version + 1
            WHERE id = @id AND company_id = @company
            """);
        update.Parameters.AddWithValue("id", timesheetId);
        update.Parameters.AddWithValue("company", actor.CompanyId);
        update.Parameters.AddWithValue("started", correction.StartedAt.ToUniversalTime());
        update.Parameters.AddWithValue("ended", correction.EndedAt.ToUniversalTime());
        update.Parameters.AddWithValue("startKm", correction.StartOdometerKm);
        update.Parameters.AddWithValue("endKm", correction.EndOdometerKm);
        await update.ExecuteNonQueryAsync(cancellationToken);
        var written = (await ReadOneAsync(unit.Command(Select + " WHERE t.id = @id"), timesheetId, cancellationToken))!;
        unit.Record(AuditActions.Update, EntityType, timesheetId, AuditChanges.Between(current.AuditFields(), written.AuditFields()));
        await rollups.RecountAsync(unit.Command, current.CompanyId, current.DriverId, [current.StartedAt, written.StartedAt], cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return new TimesheetWriteResult(TimesheetWriteStatus.Written, written);
    }

    private static async Task<TimesheetRecord?> ReadOneAsync(NpgsqlCommand command, Guid timesheetId, CancellationToken cancellationToken)
    {
        await using (command)
        {
            command.Parameters.AddWithValue("id", timesheetId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
        }
    }

    private static TimesheetRecord Read(NpgsqlDataReader reader) => new(
        Id: reader.GetGuid(0),
        CompanyId: reader.GetGuid(1),
        DriverId: reader.GetGuid(2),
        DriverName: reader.GetString(3),
        VehicleId: reader.GetGuid(4),
        Registration: reader.GetString(5),
        StartedAt: reader.GetFieldValue<DateTimeOffset>(6),
        EndedAt: reader.GetFieldValue<DateTimeOffset>(7),
        StartOdometerKm: reader.GetInt32(8),
        EndOdometerKm: reader.GetInt32(9),
        DistanceKm: reader.GetInt32(10),
        DrivingSeconds: reader.GetInt32(11),
        OtherWorkSeconds: reader.GetInt32(12),
        BreakSeconds: reader.GetInt32(13),
        Breaks: JsonSerializer.Deserialize<TimesheetBreak[]>(reader.GetString(14), JsonSerializerOptions.Web) ?? [],
        EndedBy: reader.GetString(15),
        Version: reader.GetInt32(16));
}
