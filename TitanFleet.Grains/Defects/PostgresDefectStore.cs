using Npgsql;
using NpgsqlTypes;
using TitanFleet.Grains.Audit;
using TitanFleet.Grains.Vehicles;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Defects;

/// <summary>
/// Reads and writes defects. Every query is scoped to a company (and a driver to what they
/// reported), so a defect outside the scope is indistinguishable from a missing one; every write
/// goes through <see cref="AuditedTransaction"/> and keeps the vehicle's VOR status in step
/// (<see cref="VehicleRoadworthiness"/>) in the same transaction.
/// </summary>
public sealed class PostgresDefectStore(NpgsqlDataSource dataSource)
{
    public const string EntityType = "defect";

    /// <summary>Roles that may be given a defect to work (the DefectWorker roles).</summary>
    private static readonly string[] AssigneeRoles = ["mechanic", "manager", "admin"];

    public async Task<DefectRecord?> FindAsync(DefectScope scope, Guid defectId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(DefectQueries.Find);
        return await DefectRows.FindAsync(command, scope, defectId, cancellationToken);
    }

    /// <summary>Newest report first.</summary>
    public async Task<DefectPageResult> ListAsync(DefectScope scope, DefectListFilter filter, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(DefectQueries.List);
        DefectRows.AddScope(command, scope);
        command.Parameters.Add(new NpgsqlParameter<Guid?>("vehicle", filter.VehicleId));
        command.Parameters.Add(Text("status", filter.Status is null ? null : DefectStatuses.ToStored(filter.Status)));
        command.Parameters.Add(Text("severity", filter.Severity));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset?>("from", filter.From?.ToUniversalTime()));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset?>("to", filter.To?.ToUniversalTime()));
        command.Parameters.Add(new NpgsqlParameter<Guid?>("assignee", filter.AssignedTo));
        command.Parameters.Add(new NpgsqlParameter<bool?>("open", filter.Open));
        command.Parameters.Add(new NpgsqlParameter<Guid?>("afterId", filter.After?.Id));
        command.Parameters.Add(new NpgsqlParameter<DateTime>("afterReported", new DateTime(filter.After?.ReportedTicks ?? DateTime.UnixEpoch.Ticks, DateTimeKind.Utc)));
        command.Parameters.AddWithValue("limit", filter.Limit + 1);

        var rows = await DefectRows.ReadAllAsync(command, cancellationToken);
        if (rows.Count <= filter.Limit) return new DefectPageResult(rows, null);
        rows.RemoveAt(rows.Count - 1);
        return new DefectPageResult(rows, new DefectCursor(rows[^1].ReportedAt.UtcTicks, rows[^1].Id));
    }

    /// <summary>A defect reported by the actor on an in-service vehicle of their company; a dangerous one takes the vehicle off road at once.</summary>
    public async Task<DefectWriteResult> CreateAsync(AuditActor actor, Guid defectId, NewDefect defect, CancellationToken cancellationToken)
    {
        await using var unit = await AuditedTransaction.BeginAsync(dataSource, actor, cancellationToken);
        // FOR UPDATE: the vehicle cannot be retired between this check and the insert, and reports on one
        // vehicle queue here. A share lock would deadlock two of them when VehicleRoadworthiness upgrades it.
        await using var vehicle = unit.Command(DefectQueries.LockVehicleInService);
        vehicle.Parameters.AddWithValue("id", defect.VehicleId);
        vehicle.Parameters.AddWithValue("company", actor.CompanyId);
        if (await vehicle.ExecuteScalarAsync(cancellationToken) is null) return new DefectWriteResult(DefectWriteStatus.NotFound);
        if (!await PhotosBelongToVehicleAsync(unit, actor.CompanyId, defect.VehicleId, defect.PhotoFileIds, cancellationToken))
            return new DefectWriteResult(DefectWriteStatus.PhotoRefused);

        await using var insert = unit.Command(DefectQueries.Insert);
        insert.Parameters.AddWithValue("id", defectId);
        insert.Parameters.AddWithValue("company", actor.CompanyId);
        insert.Parameters.AddWithValue("vehicle", defect.VehicleId);
        insert.Parameters.AddWithValue("category", defect.Category);
        insert.Parameters.AddWithValue("description", defect.Description);
        insert.Parameters.AddWithValue("severity", defect.Severity);
        insert.Parameters.AddWithValue("reporter", actor.UserId ?? throw new InvalidOperationException("A defect is reported by a signed-in user"));
        insert.Parameters.Add(new NpgsqlParameter<int?>("odometer", defect.OdometerKm));
        insert.Parameters.AddWithValue("photos", defect.PhotoFileIds.ToArray());
        await insert.ExecuteNonQueryAsync(cancellationToken);

        var created = (await ReadAsync(unit, actor, defectId, cancellationToken))!;
        unit.Record(AuditActions.Create, EntityType, defectId, AuditChanges.Between(null, created.AuditFields()));
        var vehicleChange = await VehicleRoadworthiness.SyncAsync(unit, actor.CompanyId, defect.VehicleId, cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return new DefectWriteResult(DefectWriteStatus.Written, created, vehicleChange);
    }

    /// <summary>Moves the defect along the flow, changes its severity (resyncing VOR) or its assignee, if it is still at the expected version.</summary>
    public async Task<DefectWriteResult> UpdateAsync(AuditActor actor, Guid defectId, DefectChange change, CancellationToken cancellationToken)
    {
        await using var unit = await AuditedTransaction.BeginAsync(dataSource, actor, cancellationToken);
        await using var select = unit.Command(DefectQueries.Lock);
        var current = await DefectRows.FindAsync(select, new DefectScope(actor.CompanyId, null), defectId, cancellationToken);
        if (current is null) return new DefectWriteResult(DefectWriteStatus.NotFound);
        if (current.Version != change.ExpectedVersion) return new DefectWriteResult(DefectWriteStatus.VersionConflict, current);

        var status = change.Status ?? current.Status;
        if (DefectStatuses.IsResolved(current.Status) || !DefectStatusFlow.CanUpdateTo(current.Status, status))
            return new DefectWriteResult(DefectWriteStatus.StatusRefused, current, Refusal: DefectStatusFlow.Refusal(current.Status, status));
        if (change.Reassign && change.AssignedTo is { } assignee && assignee != current.AssignedTo && !await IsAssigneeAsync(unit, actor.CompanyId, assignee, cancellationToken))
            return new DefectWriteResult(DefectWriteStatus.AssigneeRefused, current);

        var severity = change.Severity ?? current.Severity;
        var assignedTo = change.Reassign ? change.AssignedTo : current.AssignedTo;
        if (status == current.Status && severity == current.Severity && assignedTo == current.AssignedTo)
            return new DefectWriteResult(DefectWriteStatus.Unchanged, current);

        await using var update = unit.Command(DefectQueries.Update);
        update.Parameters.AddWithValue("id", defectId);
        update.Parameters.AddWithValue("company", actor.CompanyId);
        update.Parameters.AddWithValue("status", DefectStatuses.ToStored(status));
        update.Parameters.AddWithValue("severity", severity);
        update.Parameters.Add(new NpgsqlParameter<Guid?>("assignee", assignedTo));
        await update.ExecuteNonQueryAsync(cancellationToken);

        var written = (await ReadAsync(unit, actor, defectId, cancellationToken))!;
        unit.Record(AuditActions.Update, EntityType, defectId, AuditChanges.Between(current.AuditFields(), written.AuditFields()));
        var vehicleChange = severity == current.Severity ? null : await VehicleRoadworthiness.SyncAsync(unit, actor.CompanyId, current.VehicleId, cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return new DefectWriteResult(DefectWriteStatus.Written, written, vehicleChange);
    }

    internal static async Task<DefectRecord?> ReadAsync(AuditedTransaction unit, AuditActor actor, Guid defectId, CancellationToken cancellationToken)
    {
        await using var command = unit.Command(DefectQueries.Find);
        return await DefectRows.FindAsync(command, new DefectScope(actor.CompanyId, null), defectId, cancellationToken);
    }

    /// <summary>Every photo is a live file of the company uploaded against this vehicle (as an inspection's photos are).</summary>
    private static async Task<bool> PhotosBelongToVehicleAsync(AuditedTransaction unit, Guid companyId, Guid vehicleId, IReadOnlyList<Guid> photoIds, CancellationToken cancellationToken)
    {
        if (photoIds.Count == 0) return true;
        await using var command = unit.Command(DefectQueries.CountLivePhotos);
        command.Parameters.AddWithValue("ids", photoIds.Distinct().ToArray());
        command.Parameters.AddWithValue("company", companyId);
        command.Parameters.AddWithValue("vehicle", vehicleId);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! == photoIds.Distinct().Count();
    }

    /// <summary>An active mechanic, manager or admin of the company; anyone else (another company's user included) is refused alike.</summary>
    private static async Task<bool> IsAssigneeAsync(AuditedTransaction unit, Guid companyId, Guid userId, CancellationToken cancellationToken)
    {
        await using var command = unit.Command(DefectQueries.AssigneeExists);
        command.Parameters.AddWithValue("id", userId);
        command.Parameters.AddWithValue("company", companyId);
        command.Parameters.AddWithValue("roles", AssigneeRoles);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    private static NpgsqlParameter Text(string name, string? value) => new(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value };
}
