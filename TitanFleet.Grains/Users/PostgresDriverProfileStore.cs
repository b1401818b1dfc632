using Npgsql;
using TitanFleet.Grains.Audit;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Users;

/// <summary>
/// Drivers' licence and CPC details, one row per driver user of the company. Writes are audited
/// under the "driverProfile" entity type with the user's id.
/// </summary>
public sealed class PostgresDriverProfileStore(NpgsqlDataSource dataSource)
{
    public const string EntityType = "driverProfile";
    private const string DriverRole = "driver";

    public async Task<DriverProfileRecord?> FindAsync(Guid companyId, Guid userId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(DriverProfileQueries.Find);
        command.Parameters.AddWithValue("user", userId);
        command.Parameters.AddWithValue("company", companyId);
        return await ReadOneAsync(command, cancellationToken);
    }

    /// <summary>The profiles of those of <paramref name="userIds"/> that have one, for a page of the user list.</summary>
    public async Task<IReadOnlyDictionary<Guid, DriverProfileRecord>> FindManyAsync(Guid companyId, IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        var profiles = new Dictionary<Guid, DriverProfileRecord>();
        if (userIds.Count == 0) return profiles;
        await using var command = dataSource.CreateCommand(DriverProfileQueries.FindMany);
        command.Parameters.AddWithValue("users", userIds.ToArray());
        command.Parameters.AddWithValue("company", companyId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var profile = Read(reader);
            profiles[profile.UserId] = profile;
        }
        return profiles;
    }

    /// <summary>
    /// Creates or replaces a driver's profile. <paramref name="expectedVersion"/> is the version last
    /// read (null when the client saw none); NotFound when the user is not a driver of this company.
    /// </summary>
    public async Task<DriverProfileWriteResult> SaveAsync(
        AuditActor actor, Guid userId, int? expectedVersion, DriverProfile profile, CancellationToken cancellationToken)
    {
        await using var unit = await AuditedTransaction.BeginAsync(dataSource, actor, cancellationToken);
        await using var user = unit.Command(DriverProfileQueries.LockUser);
        user.Parameters.AddWithValue("user", userId);
        user.Parameters.AddWithValue("company", actor.CompanyId);
        var role = (string?)await user.ExecuteScalarAsync(cancellationToken);
        if (role is null) return new DriverProfileWriteResult(UserWriteStatus.NotFound);
        if (role != DriverRole) return new DriverProfileWriteResult(UserWriteStatus.NotDriver);

        await using var select = unit.Command(DriverProfileQueries.Lock);
        select.Parameters.AddWithValue("user", userId);
        var current = await ReadOneAsync(select, cancellationToken);
        if (current?.Version != expectedVersion) return new DriverProfileWriteResult(UserWriteStatus.VersionConflict, current);
        var before = current?.Profile.AuditFields();
        var changes = AuditChanges.Between(before, profile.AuditFields());
        if (changes.Count == 0) return new DriverProfileWriteResult(UserWriteStatus.Unchanged, current);

        await using var upsert = unit.Command(DriverProfileQueries.Upsert);
        upsert.Parameters.AddWithValue("user", userId);
        upsert.Parameters.AddWithValue("company", actor.CompanyId);
        upsert.Parameters.AddWithValue("number", profile.LicenceNumber);
        upsert.Parameters.AddWithValue("categories", profile.LicenceCategories.ToArray());
        upsert.Parameters.AddWithValue("licenceExpiry", profile.LicenceExpiry);
        upsert.Parameters.Add(new NpgsqlParameter<DateOnly?>("cpcExpiry", profile.CpcExpiry));
        var written = (await ReadOneAsync(upsert, cancellationToken))!;

        unit.Record(current is null ? AuditActions.Create : AuditActions.Update, EntityType, userId, changes);
        await unit.CommitAsync(cancellationToken);
        return new DriverProfileWriteResult(UserWriteStatus.Written, written);
    }

    private static async Task<DriverProfileRecord?> ReadOneAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static DriverProfileRecord Read(NpgsqlDataReader reader) =>
        new(
            UserId: reader.GetGuid(0),
            Profile: new DriverProfile(
                LicenceNumber: reader.GetString(1),
                LicenceCategories: reader.GetFieldValue<string[]>(2),
                LicenceExpiry: reader.GetFieldValue<DateOnly>(3),
                CpcExpiry: reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4)),
            UpdatedAt: reader.GetFieldValue<DateTimeOffset>(5),
            Version: reader.GetInt32(6));
}
