using Npgsql;
using NpgsqlTypes;
using TitanFleet.Grains.Audit;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Geofences;

/// <summary>
/// Reads and writes geofences. Every query a person's request makes is scoped to a company, so
/// another company's geofence is indistinguishable from a missing one; every write goes through
/// <see cref="AuditedTransaction"/>. Deleting is soft: the row stays for the audit log.
/// </summary>
public sealed class PostgresGeofenceStore(NpgsqlDataSource dataSource)
{
    public const string EntityType = "geofence";

    public async Task<GeofenceRecord?> FindAsync(Guid companyId, Guid geofenceId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(GeofenceQueries.Find);
        command.Parameters.AddWithValue("id", geofenceId);
        command.Parameters.AddWithValue("company", companyId);
        return await ReadOneAsync(command, cancellationToken);
    }

    /// <summary>For the geofence grain, which is keyed by id alone (callers check the company first).</summary>
    public async Task<GeofenceRecord?> FindAnyCompanyAsync(Guid geofenceId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(GeofenceQueries.FindAnyCompany);
        command.Parameters.AddWithValue("id", geofenceId);
        return await ReadOneAsync(command, cancellationToken);
    }

    /// <summary>What the spatial index holds for a company: its active geofences, and its time zone for schedules.</summary>
    public async Task<(IReadOnlyList<GeofenceRecord> Active, string TimeZone)> LoadActiveAsync(Guid companyId, CancellationToken cancellationToken)
    {
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(GeofenceQueries.CompanyTimeZone.CreateBatchCommand(new NpgsqlParameter("company", companyId)));
        batch.BatchCommands.Add(GeofenceQueries.ListActive.CreateBatchCommand(new NpgsqlParameter("company", companyId)));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var timeZone = await reader.ReadAsync(cancellationToken) ? reader.GetString(0) : "UTC";
        await reader.NextResultAsync(cancellationToken);
        var active = new List<GeofenceRecord>();
        while (await reader.ReadAsync(cancellationToken)) active.Add(Read(reader));
        return (active, timeZone);
    }

    public async Task<GeofencePageResult> ListAsync(Guid companyId, GeofenceListFilter filter, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(GeofenceQueries.List);
        command.Parameters.AddWithValue("company", companyId);
        command.Parameters.Add(Text("type", filter.Type));
        command.Parameters.Add(new NpgsqlParameter<bool?>("active", filter.Active));
        command.Parameters.Add(Text("prefix", filter.NamePrefix));
        command.Parameters.Add(new NpgsqlParameter<Guid?>("afterId", filter.After?.Id));
        command.Parameters.Add(Text("afterName", filter.After?.Name ?? ""));
        command.Parameters.AddWithValue("limit", filter.Limit + 1);

        var rows = new List<GeofenceRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) rows.Add(Read(reader));
        if (rows.Count <= filter.Limit) return new GeofencePageResult(rows, null);
        rows.RemoveAt(rows.Count - 1);
        return new GeofencePageResult(rows, new GeofenceCursor(rows[^1].Details.Name, rows[^1].Id));
    }

    public async Task<GeofenceRecord> CreateAsync(AuditActor actor, Guid geofenceId, GeofenceDetails details, CancellationToken cancellationToken)
    {
        await using var unit = await AuditedTransaction.BeginAsync(dataSource, actor, cancellationToken);
        await using var insert = unit.Command(GeofenceQueries.Insert);
        insert.Parameters.AddWithValue("id", geofenceId);
        insert.Parameters.AddWithValue("company", actor.CompanyId);
        AddDetails(insert, details);
        var created = (await ReadOneAsync(insert, cancellationToken))!;
        unit.Record(AuditActions.Create, EntityType, geofenceId, AuditChanges.Between(null, created.AuditFields()));
        await unit.CommitAsync(cancellationToken);
        return created;
    }

    /// <summary>Replaces a geofence's details if it is still at <paramref name="expectedVersion"/>.</summary>
    public Task<GeofenceWriteResult> UpdateAsync(AuditActor actor, Guid geofenceId, int expectedVersion, GeofenceDetails details, CancellationToken cancellationToken) =>
        ChangeAsync(actor, geofenceId, expectedVersion, details, AuditActions.Update, cancellationToken);

    /// <summary>The soft delete: the geofence leaves lists and the spatial index; the row stays.</summary>
    public Task<GeofenceWriteResult> DeleteAsync(AuditActor actor, Guid geofenceId, int expectedVersion, CancellationToken cancellationToken) =>
        ChangeAsync(actor, geofenceId, expectedVersion, details: null, AuditActions.Delete, cancellationToken);

    private async Task<GeofenceWriteResult> ChangeAsync(
        AuditActor actor, Guid geofenceId, int expectedVersion, GeofenceDetails? details, string action, CancellationToken cancellationToken)
    {
        await using var unit = await AuditedTransaction.BeginAsync(dataSource, actor, cancellationToken);
        await using var select = unit.Command(GeofenceQueries.Lock);
        select.Parameters.AddWithValue("id", geofenceId);
        select.Parameters.AddWithValue("company", actor.CompanyId);
        var current = await ReadOneAsync(select, cancellationToken);
        if (current is null) return new GeofenceWriteResult(GeofenceWriteStatus.NotFound);
        if (current.Version != expectedVersion) return new GeofenceWriteResult(GeofenceWriteStatus.VersionConflict, current);
        if (details is not null && details == current.Details) return new GeofenceWriteResult(GeofenceWriteStatus.Unchanged, current);

        await using var update = unit.Command(details is null ? GeofenceQueries.Delete : GeofenceQueries.Update);
        update.Parameters.AddWithValue("id", geofenceId);
        update.Parameters.AddWithValue("company", actor.CompanyId);
        if (details is not null) AddDetails(update, details);
        var written = (await ReadOneAsync(update, cancellationToken))!;
        var after = details is null ? new Dictionary<string, object?> { ["deleted"] = true } : written.AuditFields();
        unit.Record(action, EntityType, geofenceId, AuditChanges.Between(details is null ? new Dictionary<string, object?> { ["deleted"] = false } : current.AuditFields(), after));
        await unit.CommitAsync(cancellationToken);
        return new GeofenceWriteResult(GeofenceWriteStatus.Written, written);
    }

    private static void AddDetails(NpgsqlCommand command, GeofenceDetails details)
    {
        var schedule = details.Rules.Schedule;
        command.Parameters.AddWithValue("name", details.Name);
        command.Parameters.AddWithValue("type", details.Type);
        command.Parameters.AddWithValue("shape", details.Shape);
        command.Parameters.AddWithValue("active", details.Active);
        command.Parameters.Add(new NpgsqlParameter<double?>("latitude", details.Circle?.Latitude));
        command.Parameters.Add(new NpgsqlParameter<double?>("longitude", details.Circle?.Longitude));
        command.Parameters.Add(new NpgsqlParameter<double?>("radius", details.Circle?.RadiusMetres));
        command.Parameters.Add(Text("polygon", details.PolygonGeoJson));
        command.Parameters.AddWithValue("alertOnEnter", details.Rules.AlertOnEnter);
        command.Parameters.AddWithValue("alertOnExit", details.Rules.AlertOnExit);
        command.Parameters.AddWithValue("minDwell", details.Rules.MinDwellSeconds);
        command.Parameters.Add(new NpgsqlParameter("days", NpgsqlDbType.Array | NpgsqlDbType.Smallint)
        {
            Value = schedule is null ? DBNull.Value : Enumerable.Range(0, 7).Where(day => (schedule.DaysMask & (1 << day)) != 0).Select(day => (short)day).ToArray(),
        });
        command.Parameters.Add(new NpgsqlParameter<TimeOnly?>("start", schedule?.Start));
        command.Parameters.Add(new NpgsqlParameter<TimeOnly?>("end", schedule?.End));
        command.Parameters.Add(new NpgsqlParameter<int?>("speedLimit", details.Rules.SpeedLimitKmh));
    }

    private static NpgsqlParameter Text(string name, string? value) =>
        new(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value };

    private static async Task<GeofenceRecord?> ReadOneAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static GeofenceRecord Read(NpgsqlDataReader reader)
    {
        var circle = reader.IsDBNull(7) ? null : new GeofenceCircle(Latitude: reader.GetDouble(5), Longitude: reader.GetDouble(6), RadiusMetres: reader.GetDouble(7));
        var schedule = reader.IsDBNull(12) ? null : new GeofenceSchedule(
            DaysMask: reader.GetFieldValue<short[]>(12).Aggregate(0, (mask, day) => mask | (1 << day)),
            Start: reader.GetFieldValue<TimeOnly>(13),
            End: reader.GetFieldValue<TimeOnly>(14));
        return new GeofenceRecord(
            Id: reader.GetGuid(0),
            CompanyId: reader.GetGuid(1),
            Details: new GeofenceDetails(
                Name: reader.GetString(2),
                Type: reader.GetString(3),
                Active: reader.GetBoolean(4),
                Circle: circle,
                PolygonGeoJson: reader.IsDBNull(8) ? null : reader.GetString(8),
                Rules: new GeofenceRules(AlertOnEnter: reader.GetBoolean(9), AlertOnExit: reader.GetBoolean(10), MinDwellSeconds: reader.GetInt32(11), Schedule: schedule,
                    SpeedLimitKmh: reader.IsDBNull(18) ? null : reader.GetInt32(18))),
            CreatedAt: reader.GetFieldValue<DateTimeOffset>(15),
            UpdatedAt: reader.GetFieldValue<DateTimeOffset>(16),
            Version: reader.GetInt32(17));
    }
}
