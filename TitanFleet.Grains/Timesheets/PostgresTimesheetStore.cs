using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using TitanFleet.Grains.Audit;
using TitanFleet.Grains.Rollups;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Timesheets;

/// <summary>
/// Reads and writes the timesheets table. Every query is scoped to a company, so another company's
/// timesheet is indistinguishable from a missing one; every write goes through <see cref="AuditedTransaction"/>
/// and recounts the driver's daily rollups (the day the shift started; the position columns of every day it touches) in the same transaction.
/// </summary>
public sealed class PostgresTimesheetStore(NpgsqlDataSource dataSource, DriverRollupWriter rollups)
{
    public const string EntityType = "timesheet";

    /// <summary>Writes a finished shift once: the id is the shift's, so an end retried after a crash returns the row already written.</summary>
    public async Task<TimesheetRecord> RecordAsync(AuditActor actor, TimesheetEntry entry, CancellationToken cancellationToken)
    {
        await using (var unit = await AuditedTransaction.BeginAsync(dataSource, actor, cancellationToken))
        {
            await using var insert = unit.Command(TimesheetQueries.Insert);
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
                var written = (await ReadOneAsync(unit.Command(TimesheetQueries.Reread), entry.Id, cancellationToken))!;
                unit.Record(AuditActions.Create, EntityType, entry.Id, AuditChanges.Between(null, written.AuditFields()));
                await rollups.RecountAsync(unit.Command, entry.CompanyId, entry.DriverId, entry.VehicleId, [(written.StartedAt, written.EndedAt)], cancellationToken);
                await unit.CommitAsync(cancellationToken);
                return written;
            }
        }
        return (await FindAsync(entry.CompanyId, entry.Id, cancellationToken))!;
    }

    public async Task<TimesheetRecord?> FindAsync(Guid companyId, Guid timesheetId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(TimesheetQueries.Find);
        command.Parameters.AddWithValue("company", companyId);
        return await ReadOneAsync(command, timesheetId, cancellationToken);
    }

    public async Task<TimesheetPage> ListAsync(Guid companyId, TimesheetListFilter filter, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(TimesheetQueries.List);
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
        await using var select = unit.Command(TimesheetQueries.Lock);
        select.Parameters.AddWithValue("company", actor.CompanyId);
        var current = await ReadOneAsync(select, timesheetId, cancellationToken);
        if (current is null) return new TimesheetWriteResult(TimesheetWriteStatus.NotFound);
        if (current.Version != expectedVersion) return new TimesheetWriteResult(TimesheetWriteStatus.VersionConflict, current);
        if (current.StartedAt == correction.StartedAt && current.EndedAt == correction.EndedAt
            && current.StartOdometerKm == correction.StartOdometerKm && current.EndOdometerKm == correction.EndOdometerKm)
            return new TimesheetWriteResult(TimesheetWriteStatus.Unchanged, current);

        await using var update = unit.Command(TimesheetQueries.Update);
        update.Parameters.AddWithValue("id", timesheetId);
        update.Parameters.AddWithValue("company", actor.CompanyId);
        update.Parameters.AddWithValue("started", correction.StartedAt.ToUniversalTime());
        update.Parameters.AddWithValue("ended", correction.EndedAt.ToUniversalTime());
        update.Parameters.AddWithValue("startKm", correction.StartOdometerKm);
        update.Parameters.AddWithValue("endKm", correction.EndOdometerKm);
        await update.ExecuteNonQueryAsync(cancellationToken);
        var written = (await ReadOneAsync(unit.Command(TimesheetQueries.Reread), timesheetId, cancellationToken))!;
        unit.Record(AuditActions.Update, EntityType, timesheetId, AuditChanges.Between(current.AuditFields(), written.AuditFields()));
        await rollups.RecountAsync(
            unit.Command, current.CompanyId, current.DriverId, current.VehicleId,
            [(current.StartedAt, current.EndedAt), (written.StartedAt, written.EndedAt)], cancellationToken);
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
