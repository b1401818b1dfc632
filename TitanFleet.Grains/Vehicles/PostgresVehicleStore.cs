using System.Globalization;
using Npgsql;
using TitanFleet.Grains.Audit;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Vehicles;

/// <summary>
/// Reads and writes the vehicles register. Every query is scoped to a company, so another
/// company's vehicle is indistinguishable from a missing one; every write goes through
/// <see cref="AuditedTransaction"/>.
/// </summary>
public sealed class PostgresVehicleStore(NpgsqlDataSource dataSource)
{
    public const string EntityType = "vehicle";

    internal const string Columns =
        "id, company_id, registration, make, model, year, vin, vehicle_type, status, mileage_km, depot, created_at, updated_at, version";

    private const string RegistrationIndex = "ux_vehicles_company_registration_live";
    private const string VinIndex = "ux_vehicles_company_vin";

    public async Task<VehicleRecord?> FindAsync(Guid companyId, Guid vehicleId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(VehicleQueries.Find);
        command.Parameters.AddWithValue("id", vehicleId);
        command.Parameters.AddWithValue("company", companyId);
        return await ReadOneAsync(command, cancellationToken);
    }

    public async Task<VehiclePageResult> ListAsync(Guid companyId, VehicleListFilter filter, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(filter.Sort switch
        {
            VehicleSort.RegistrationDescending => VehicleQueries.ListByRegistrationDescending,
            VehicleSort.CreatedAscending => VehicleQueries.ListByCreated,
            VehicleSort.CreatedDescending => VehicleQueries.ListByCreatedDescending,
            _ => VehicleQueries.ListByRegistration,
        });
        command.Parameters.AddWithValue("company", companyId);
        command.Parameters.Add(Text("status", filter.Status));
        command.Parameters.Add(Text("type", filter.Type));
        command.Parameters.Add(Text("depot", filter.Depot));
        command.Parameters.Add(Text("prefix", filter.RegistrationPrefix));
        command.Parameters.Add(new NpgsqlParameter<Guid?>("afterId", filter.After?.Id));
        command.Parameters.Add(Text("afterKey", filter.After?.Key ?? ""));
        command.Parameters.Add(new NpgsqlParameter<DateTime>("afterCreated", CreatedKey(filter.After)));
        command.Parameters.AddWithValue("limit", filter.Limit + 1);

        var rows = new List<VehicleRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) rows.Add(Read(reader));
        if (rows.Count <= filter.Limit) return new VehiclePageResult(rows, null);

        rows.RemoveAt(rows.Count - 1);
        var last = rows[^1];
        var key = filter.Sort is VehicleSort.CreatedAscending or VehicleSort.CreatedDescending
            ? last.CreatedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)
            : last.Details.Registration;
        return new VehiclePageResult(rows, new VehicleCursor(filter.Sort, key, last.Id));
    }

    public async Task<VehicleWriteResult> CreateAsync(AuditActor actor, Guid vehicleId, VehicleDetails details, CancellationToken cancellationToken)
    {
        await using var unit = await AuditedTransaction.BeginAsync(dataSource, actor, cancellationToken);
        await using var insert = unit.Command(VehicleQueries.Insert);
        insert.Parameters.AddWithValue("id", vehicleId);
        insert.Parameters.AddWithValue("company", actor.CompanyId);
        AddDetails(insert, details);
        var created = await WriteAsync(insert, cancellationToken);
        if (created.Status != VehicleWriteStatus.Written) return created;

        unit.Record(AuditActions.Create, EntityType, vehicleId, AuditChanges.Between(null, created.Record!.AuditFields()));
        await unit.CommitAsync(cancellationToken);
        return created;
    }

    /// <summary>Replaces a vehicle's details if it is still at <paramref name="expectedVersion"/>.</summary>
    public Task<VehicleWriteResult> UpdateAsync(AuditActor actor, Guid vehicleId, int expectedVersion, VehicleDetails details, CancellationToken cancellationToken) =>
        ChangeAsync(actor, vehicleId, expectedVersion, _ => details, AuditActions.Update, cancellationToken);

    /// <summary>The soft delete: the vehicle is retired and hidden from the default list; its history stays.</summary>
    public Task<VehicleWriteResult> RetireAsync(AuditActor actor, Guid vehicleId, int expectedVersion, CancellationToken cancellationToken) =>
        ChangeAsync(actor, vehicleId, expectedVersion, current => current with { Status = VehicleRecordStatuses.Retired }, AuditActions.Delete, cancellationToken);

    private async Task<VehicleWriteResult> ChangeAsync(
        AuditActor actor, Guid vehicleId, int expectedVersion, Func<VehicleDetails, VehicleDetails> change, string action, CancellationToken cancellationToken)
    {
        await using var unit = await AuditedTransaction.BeginAsync(dataSource, actor, cancellationToken);
        await using var select = unit.Command(VehicleQueries.Lock);
        select.Parameters.AddWithValue("id", vehicleId);
        select.Parameters.AddWithValue("company", actor.CompanyId);
        var current = await ReadOneAsync(select, cancellationToken);
        if (current is null) return new VehicleWriteResult(VehicleWriteStatus.NotFound);
        if (current.Version != expectedVersion) return new VehicleWriteResult(VehicleWriteStatus.VersionConflict, current);
        var details = change(current.Details);
        if (details == current.Details) return new VehicleWriteResult(VehicleWriteStatus.Unchanged, current);

        await using var update = unit.Command(VehicleQueries.Update);
        update.Parameters.AddWithValue("id", vehicleId);
        update.Parameters.AddWithValue("company", actor.CompanyId);
        AddDetails(update, details);
        var written = await WriteAsync(update, cancellationToken);
        if (written.Status != VehicleWriteStatus.Written) return written;

        unit.Record(action, EntityType, vehicleId, AuditChanges.Between(current.AuditFields(), written.Record!.AuditFields()));
        await unit.CommitAsync(cancellationToken);
        return written with { PreviousStatus = current.Details.Status };
    }

    /// <summary>Runs an INSERT/UPDATE ... RETURNING; a unique index another vehicle holds is a duplicate of that field.</summary>
    private static async Task<VehicleWriteResult> WriteAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        try
        {
            var record = await ReadOneAsync(command, cancellationToken);
            return new VehicleWriteResult(VehicleWriteStatus.Written, record);
        }
        catch (PostgresException exception) when (exception is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: RegistrationIndex or VinIndex })
        {
            return new VehicleWriteResult(VehicleWriteStatus.Duplicate, DuplicateField: exception.ConstraintName == VinIndex ? "vin" : "registration");
        }
    }

    private static void AddDetails(NpgsqlCommand command, VehicleDetails details)
    {
        command.Parameters.AddWithValue("registration", details.Registration);
        command.Parameters.Add(Text("make", details.Make));
        command.Parameters.Add(Text("model", details.Model));
        command.Parameters.Add(new NpgsqlParameter<int?>("year", details.Year));
        command.Parameters.Add(Text("vin", details.Vin));
        command.Parameters.AddWithValue("type", details.Type);
        command.Parameters.AddWithValue("status", details.Status);
        command.Parameters.AddWithValue("mileage", details.MileageKm);
        command.Parameters.Add(Text("depot", details.Depot));
    }

    private static NpgsqlParameter Text(string name, string? value) =>
        new(name, NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value };

    private static DateTime CreatedKey(VehicleCursor? cursor) =>
        cursor is { Sort: VehicleSort.CreatedAscending or VehicleSort.CreatedDescending } && long.TryParse(cursor.Key, CultureInfo.InvariantCulture, out var ticks)
            ? new DateTime(ticks, DateTimeKind.Utc)
            : DateTime.UnixEpoch;

    internal static async Task<VehicleRecord?> ReadOneAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static VehicleRecord Read(NpgsqlDataReader reader) => new(
        Id: reader.GetGuid(0),
        CompanyId: reader.GetGuid(1),
        Details: new VehicleDetails(
            Registration: reader.GetString(2),
            Make: reader.IsDBNull(3) ? null : reader.GetString(3),
            Model: reader.IsDBNull(4) ? null : reader.GetString(4),
            Year: reader.IsDBNull(5) ? null : reader.GetInt32(5),
            Vin: reader.IsDBNull(6) ? null : reader.GetString(6),
            Type: reader.GetString(7),
            Status: reader.GetString(8),
            MileageKm: reader.GetInt32(9),
            Depot: reader.IsDBNull(10) ? null : reader.GetString(10)),
        CreatedAt: reader.GetFieldValue<DateTimeOffset>(11),
        UpdatedAt: reader.GetFieldValue<DateTimeOffset>(12),
        Version: reader.GetInt32(13));
}
