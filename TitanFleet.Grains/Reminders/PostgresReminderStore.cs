using Npgsql;
using NpgsqlTypes;
using TitanFleet.Grains.Audit;
using TitanFleet.Grains.Company;
using TitanFleet.Grains.Rollups;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Reminders;

/// <summary>
/// Reads and writes reminders. Every query a person's request makes is scoped to a company, so
/// another company's reminder is indistinguishable from a missing one; every write goes through
/// <see cref="AuditedTransaction"/>, the reminders grain's moves included (no user, request id
/// <see cref="SystemRequestId"/>). Deleting is soft: the row stays for the audit log. A completion
/// rolls forward from the company's own date (its time zone), as the due dates themselves are.
/// </summary>
public sealed class PostgresReminderStore(NpgsqlDataSource dataSource, CompanyTimeZoneCache zones)
{
    public const string EntityType = "reminder";
    public const string SystemRequestId = "system:reminders";

    public async Task<ReminderRecord?> FindAsync(Guid companyId, Guid reminderId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ReminderQueries.Find);
        command.Parameters.AddWithValue("id", reminderId);
        command.Parameters.AddWithValue("company", companyId);
        return await ReadOneAsync(command, cancellationToken);
    }

    public async Task<ReminderPageResult> ListAsync(Guid companyId, ReminderListFilter filter, CancellationToken cancellationToken)
    {
        // Undated (mileage-only) reminders sort after every dated one; the keyset follows the same order.
        await using var command = dataSource.CreateCommand(ReminderQueries.List);
        command.Parameters.AddWithValue("company", companyId);
        command.Parameters.Add(new NpgsqlParameter<Guid?>("vehicle", filter.VehicleId));
        command.Parameters.Add(Text("type", filter.Type));
        command.Parameters.Add(Text("status", filter.Status));
        command.Parameters.Add(new NpgsqlParameter<DateOnly?>("dueBefore", filter.DueBefore));
        command.Parameters.Add(new NpgsqlParameter<Guid?>("afterId", filter.After?.Id));
        command.Parameters.Add(new NpgsqlParameter<DateOnly?>("afterDue", filter.After?.DueDate));
        command.Parameters.AddWithValue("limit", filter.Limit + 1);

        var rows = new List<ReminderRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) rows.Add(Read(reader));
        if (rows.Count <= filter.Limit) return new ReminderPageResult(rows, null);
        rows.RemoveAt(rows.Count - 1);
        return new ReminderPageResult(rows, new ReminderCursor(rows[^1].Details.DueDate, rows[^1].Id));
    }

    /// <summary>Adds reminders in one transaction; refused whole when one names a vehicle the company does not have in service.</summary>
    public async Task<(ReminderWriteStatus Status, IReadOnlyList<ReminderRecord> Created)> CreateAsync(
        AuditActor actor, IReadOnlyList<ReminderDetails> reminders, CancellationToken cancellationToken)
    {
        await using var unit = await AuditedTransaction.BeginAsync(dataSource, actor, cancellationToken);
        var created = new List<ReminderRecord>();
        foreach (var details in reminders)
        {
            if (details.VehicleId is { } vehicleId && !await VehicleInServiceAsync(unit, actor.CompanyId, vehicleId, cancellationToken))
                return (ReminderWriteStatus.VehicleNotFound, []);
            var id = Guid.NewGuid();
            await using var insert = unit.Command(ReminderQueries.Insert);
            insert.Parameters.AddWithValue("id", id);
            insert.Parameters.AddWithValue("company", actor.CompanyId);
            AddDetails(insert, details);
            await insert.ExecuteNonQueryAsync(cancellationToken);
            var record = (await FindInAsync(unit, actor.CompanyId, id, forUpdate: false, cancellationToken))!;
            unit.Record(AuditActions.Create, EntityType, id, AuditChanges.Between(null, record.AuditFields()));
            created.Add(record);
        }
        await unit.CommitAsync(cancellationToken);
        return (ReminderWriteStatus.Written, created);
    }

    /// <summary>The reminder types a vehicle already has open (not done, not deleted): the default set skips them.</summary>
    public async Task<IReadOnlySet<string>> OpenTypesAsync(Guid companyId, Guid vehicleId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ReminderQueries.OpenTypes);
        command.Parameters.AddWithValue("company", companyId);
        command.Parameters.AddWithValue("vehicle", vehicleId);
        var types = new HashSet<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) types.Add(reader.GetString(0));
        return types;
    }

    /// <summary>Replaces what a manager sets if the reminder is still at <paramref name="expectedVersion"/>; the reminders grain then re-reads where it stands.</summary>
    public Task<ReminderWriteResult> UpdateAsync(AuditActor actor, Guid reminderId, int expectedVersion, ReminderDetails details, CancellationToken cancellationToken) =>
        ChangeAsync(actor, reminderId, expectedVersion, AuditActions.Update, cancellationToken, async (unit, current) =>
        {
            if (details == current.Details) return null;
            if (details.VehicleId is { } vehicleId && vehicleId != current.Details.VehicleId
                && !await VehicleInServiceAsync(unit, actor.CompanyId, vehicleId, cancellationToken)) return ReminderWriteStatus.VehicleNotFound;
            await using var update = unit.Command(ReminderQueries.Update);
            AddDetails(update, details);
            update.Parameters.AddWithValue("id", reminderId);
            update.Parameters.AddWithValue("company", actor.CompanyId);
            await update.ExecuteNonQueryAsync(cancellationToken);
            return ReminderWriteStatus.Written;
        });

    /// <summary>
    /// Marks the work done: a recurring reminder rolls forward to its next occurrence (status ok,
    /// level 0), a one-off one becomes done and stops moving.
    /// </summary>
    public Task<ReminderWriteResult> CompleteAsync(AuditActor actor, Guid reminderId, int expectedVersion, DateTimeOffset now, CancellationToken cancellationToken) =>
        ChangeAsync(actor, reminderId, expectedVersion, AuditActions.Update, cancellationToken, async (unit, current) =>
        {
            if (current.Status == ReminderStatuses.Done) return null;
            var odometer = await OdometerAsync(unit, actor.CompanyId, reminderId, cancellationToken);
            var completedOn = LocalDays.DayOf(now, await zones.ForCompanyAsync(actor.CompanyId, cancellationToken));
            var next = ReminderRollForward.Next(current.Details, completedOn, odometer);
            await using var update = unit.Command(ReminderQueries.Complete);
            update.Parameters.Add(new NpgsqlParameter<DateOnly?>("dueDate", (next ?? current.Details).DueDate));
            update.Parameters.Add(new NpgsqlParameter<int?>("dueKm", (next ?? current.Details).DueMileageKm));
            update.Parameters.AddWithValue("status", next is null ? ReminderStatuses.Done : ReminderStatuses.Ok);
            update.Parameters.AddWithValue("now", now);
            update.Parameters.AddWithValue("id", reminderId);
            update.Parameters.AddWithValue("company", actor.CompanyId);
            await update.ExecuteNonQueryAsync(cancellationToken);
            return ReminderWriteStatus.Written;
        });

    public Task<ReminderWriteResult> DeleteAsync(AuditActor actor, Guid reminderId, int expectedVersion, CancellationToken cancellationToken) =>
        ChangeAsync(actor, reminderId, expectedVersion, AuditActions.Delete, cancellationToken, async (unit, _) =>
        {
            await using var update = unit.Command(ReminderQueries.Delete);
            update.Parameters.AddWithValue("id", reminderId);
            update.Parameters.AddWithValue("company", actor.CompanyId);
            await update.ExecuteNonQueryAsync(cancellationToken);
            return ReminderWriteStatus.Written;
        });

    /// <summary>The company's reminders that can still move, for the reminders grain; a retired (sold) vehicle's reminders stop.</summary>
    public async Task<IReadOnlyList<OpenReminder>> LoadOpenAsync(Guid companyId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ReminderQueries.LoadOpen);
        command.Parameters.AddWithValue("company", companyId);
        var open = new List<OpenReminder>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            open.Add(new OpenReminder(Read(reader), reader.IsDBNull(19) ? null : reader.GetInt32(19), reader.GetInt32(20)));
        return open;
    }

    /// <summary>
    /// Writes where the clock moved reminders, each only if nobody changed it since it was read
    /// (same version, status and level), so a move is written once however often it is computed.
    /// Returns the moves that were written: only those may be announced.
    /// </summary>
    public async Task<IReadOnlyList<ReminderMove>> ApplyMovesAsync(Guid companyId, IReadOnlyList<ReminderMove> moves, CancellationToken cancellationToken)
    {
        if (moves.Count == 0) return [];
        var actor = new AuditActor(CompanyId: companyId, UserId: null, RequestId: SystemRequestId, ClientAddress: null);
        await using var unit = await AuditedTransaction.BeginAsync(dataSource, actor, cancellationToken);
        var written = new List<ReminderMove>();
        foreach (var move in moves)
        {
            await using var update = unit.Command(ReminderQueries.ApplyMove);
            update.Parameters.AddWithValue("status", move.To.Status);
            update.Parameters.AddWithValue("level", move.To.Level);
            update.Parameters.Add(new NpgsqlParameter<DateTimeOffset?>("overdueSince", move.To.OverdueSince));
            update.Parameters.AddWithValue("id", move.From.Id);
            update.Parameters.AddWithValue("company", companyId);
            update.Parameters.AddWithValue("version", move.From.Version);
            update.Parameters.AddWithValue("fromStatus", move.From.Status);
            update.Parameters.AddWithValue("fromLevel", move.From.EscalationLevel);
            if (await update.ExecuteNonQueryAsync(cancellationToken) == 0) continue;
            unit.Record(AuditActions.Update, EntityType, move.From.Id, AuditChanges.Between(
                new Dictionary<string, object?> { ["status"] = move.From.Status, ["escalationLevel"] = move.From.EscalationLevel },
                new Dictionary<string, object?> { ["status"] = move.To.Status, ["escalationLevel"] = move.To.Level }));
            written.Add(move);
        }
        if (written.Count > 0) await unit.CommitAsync(cancellationToken);
        return written;
    }

    private async Task<ReminderWriteResult> ChangeAsync(
        AuditActor actor, Guid reminderId, int expectedVersion, string action, CancellationToken cancellationToken,
        Func<AuditedTransaction, ReminderRecord, Task<ReminderWriteStatus?>> change)
    {
        await using var unit = await AuditedTransaction.BeginAsync(dataSource, actor, cancellationToken);
        var current = await FindInAsync(unit, actor.CompanyId, reminderId, forUpdate: true, cancellationToken);
        if (current is null) return new ReminderWriteResult(ReminderWriteStatus.NotFound);
        if (current.Version != expectedVersion) return new ReminderWriteResult(ReminderWriteStatus.VersionConflict, current);
        var status = await change(unit, current);
        if (status is null) return new ReminderWriteResult(ReminderWriteStatus.Unchanged, current);
        if (status != ReminderWriteStatus.Written) return new ReminderWriteResult(status.Value, current);

        if (action == AuditActions.Delete)
        {
            unit.Record(action, EntityType, reminderId, AuditChanges.Between(
                new Dictionary<string, object?> { ["deleted"] = false }, new Dictionary<string, object?> { ["deleted"] = true }));
            await unit.CommitAsync(cancellationToken);
            return new ReminderWriteResult(ReminderWriteStatus.Written, current with { Version = current.Version + 1 });
        }
        var written = (await FindInAsync(unit, actor.CompanyId, reminderId, forUpdate: false, cancellationToken))!;
        unit.Record(action, EntityType, reminderId, AuditChanges.Between(current.AuditFields(), written.AuditFields()));
        await unit.CommitAsync(cancellationToken);
        return new ReminderWriteResult(ReminderWriteStatus.Written, written);
    }

    private static async Task<ReminderRecord?> FindInAsync(AuditedTransaction unit, Guid companyId, Guid reminderId, bool forUpdate, CancellationToken cancellationToken)
    {
        await using var select = unit.Command(forUpdate ? ReminderQueries.Lock : ReminderQueries.Find);
        select.Parameters.AddWithValue("id", reminderId);
        select.Parameters.AddWithValue("company", companyId);
        return await ReadOneAsync(select, cancellationToken);
    }

    private static async Task<int?> OdometerAsync(AuditedTransaction unit, Guid companyId, Guid reminderId, CancellationToken cancellationToken)
    {
        await using var select = unit.Command(ReminderQueries.Odometer);
        select.Parameters.AddWithValue("id", reminderId);
        select.Parameters.AddWithValue("company", companyId);
        return await select.ExecuteScalarAsync(cancellationToken) is int odometer ? odometer : null;
    }

    private static async Task<bool> VehicleInServiceAsync(AuditedTransaction unit, Guid companyId, Guid vehicleId, CancellationToken cancellationToken)
    {
        await using var select = unit.Command(ReminderQueries.VehicleInService);
        select.Parameters.AddWithValue("id", vehicleId);
        select.Parameters.AddWithValue("company", companyId);
        return await select.ExecuteScalarAsync(cancellationToken) is not null;
    }

    private static void AddDetails(NpgsqlCommand command, ReminderDetails details)
    {
        command.Parameters.Add(new NpgsqlParameter<Guid?>("vehicle", details.VehicleId));
        command.Parameters.AddWithValue("type", details.Type);
        command.Parameters.AddWithValue("title", details.Title);
        command.Parameters.Add(Text("notes", details.Notes));
        command.Parameters.Add(new NpgsqlParameter<DateOnly?>("dueDate", details.DueDate));
        command.Parameters.Add(new NpgsqlParameter<int?>("dueKm", details.DueMileageKm));
        command.Parameters.Add(new NpgsqlParameter<int?>("months", details.Recurrence.Months));
        command.Parameters.Add(new NpgsqlParameter<int?>("weeks", details.Recurrence.Weeks));
        command.Parameters.Add(new NpgsqlParameter<int?>("km", details.Recurrence.Km));
    }

    private static NpgsqlParameter Text(string name, string? value) =>
        new(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value };

    private static async Task<ReminderRecord?> ReadOneAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static ReminderRecord Read(NpgsqlDataReader reader) => new(
        Id: reader.GetGuid(0),
        CompanyId: reader.GetGuid(1),
        Details: new ReminderDetails(
            VehicleId: reader.IsDBNull(2) ? null : reader.GetGuid(2),
            Type: reader.GetString(3),
            Title: reader.GetString(4),
            Notes: reader.IsDBNull(5) ? null : reader.GetString(5),
            DueDate: reader.IsDBNull(6) ? null : reader.GetFieldValue<DateOnly>(6),
            DueMileageKm: reader.IsDBNull(7) ? null : reader.GetInt32(7),
            Recurrence: new ReminderRecurrence(
                Months: reader.IsDBNull(8) ? null : reader.GetInt32(8),
                Weeks: reader.IsDBNull(9) ? null : reader.GetInt32(9),
                Km: reader.IsDBNull(10) ? null : reader.GetInt32(10))),
        Registration: reader.IsDBNull(11) ? null : reader.GetString(11),
        Status: reader.GetString(12),
        EscalationLevel: reader.GetInt32(13),
        OverdueSince: reader.IsDBNull(14) ? null : reader.GetFieldValue<DateTimeOffset>(14),
        CompletedAt: reader.IsDBNull(15) ? null : reader.GetFieldValue<DateTimeOffset>(15),
        CreatedAt: reader.GetFieldValue<DateTimeOffset>(16),
        UpdatedAt: reader.GetFieldValue<DateTimeOffset>(17),
        Version: reader.GetInt32(18));
}
