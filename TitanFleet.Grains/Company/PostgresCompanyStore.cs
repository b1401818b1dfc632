using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using TitanFleet.Grains.Audit;
using TitanFleet.Grains.Users;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Company;

/// <summary>
/// Reads and writes a company's own row: the operator creates it with its first admin, its admins
/// change its settings. Every write goes through <see cref="AuditedTransaction"/>.
/// </summary>
public sealed class PostgresCompanyStore(NpgsqlDataSource dataSource)
{
    public const string EntityType = "company";

    /// <summary>The cluster-wide invalidation region of a company's settings (what the live side caches of them).</summary>
    public const string CacheRegion = "company";

    private const string EmailIndex = "ux_users_email";
    private const string AdminRole = "admin";

    public async Task<CompanyRecord?> FindAsync(Guid companyId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(CompanyQueries.Find);
        command.Parameters.AddWithValue("id", companyId);
        return await ReadOneAsync(command, cancellationToken);
    }

    /// <summary>The company and its first admin commit together with their audit entries, or nothing is written.</summary>
    public async Task<CompanyWriteResult> CreateAsync(NewCompany company, string requestId, CancellationToken cancellationToken)
    {
        var actor = new AuditActor(company.CompanyId, UserId: null, requestId, ClientAddress: null);
        await using var unit = await AuditedTransaction.BeginAsync(dataSource, actor, cancellationToken);
        await using var insertCompany = unit.Command(CompanyQueries.Insert);
        insertCompany.Parameters.AddWithValue("id", company.CompanyId);
        insertCompany.Parameters.AddWithValue("name", company.Name);
        insertCompany.Parameters.AddWithValue("timeZone", company.TimeZone);
        var created = (await ReadOneAsync(insertCompany, cancellationToken))!;

        await using var insertAdmin = unit.Command(CompanyQueries.InsertAdmin);
        insertAdmin.Parameters.AddWithValue("id", company.AdminId);
        insertAdmin.Parameters.AddWithValue("company", company.CompanyId);
        insertAdmin.Parameters.AddWithValue("email", company.AdminEmail);
        insertAdmin.Parameters.AddWithValue("fullName", company.AdminName);
        insertAdmin.Parameters.AddWithValue("role", AdminRole);
        insertAdmin.Parameters.AddWithValue("passwordHash", company.AdminCredential.PasswordHash);
        insertAdmin.Parameters.Add(new NpgsqlParameter("setupToken", NpgsqlDbType.Bytea) { Value = (object?)company.AdminCredential.SetupTokenSha256 ?? DBNull.Value });
        insertAdmin.Parameters.Add(new NpgsqlParameter<DateTimeOffset?>("setupExpires", company.AdminCredential.SetupTokenExpiresAt));
        UserRecord admin;
        try
        {
            admin = (await PostgresUserRecordStore.ReadOneAsync(insertAdmin, cancellationToken))!;
        }
        catch (PostgresException exception) when (exception is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: EmailIndex })
        {
            return new CompanyWriteResult(CompanyWriteStatus.DuplicateEmail);
        }

        unit.Record(AuditActions.Create, EntityType, company.CompanyId, AuditChanges.Between(null, created.Settings.AuditFields()));
        var adminFields = new Dictionary<string, object?>(admin.AuditFields()) { ["password"] = admin.HasPassword };
        unit.Record(AuditActions.Create, PostgresUserRecordStore.EntityType, admin.Id, AuditChanges.Between(null, adminFields));
        await unit.CommitAsync(cancellationToken);
        return new CompanyWriteResult(CompanyWriteStatus.Written, created);
    }

    /// <summary>Replaces the company's settings if it is still at <paramref name="expectedVersion"/>.</summary>
    public async Task<CompanyWriteResult> UpdateAsync(AuditActor actor, int expectedVersion, CompanySettings settings, CancellationToken cancellationToken)
    {
        await using var unit = await AuditedTransaction.BeginAsync(dataSource, actor, cancellationToken);
        await using var select = unit.Command(CompanyQueries.Lock);
        select.Parameters.AddWithValue("id", actor.CompanyId);
        var current = await ReadOneAsync(select, cancellationToken);
        if (current is null) return new CompanyWriteResult(CompanyWriteStatus.NotFound);
        if (current.Version != expectedVersion) return new CompanyWriteResult(CompanyWriteStatus.VersionConflict, current);
        var changes = AuditChanges.Between(current.Settings.AuditFields(), settings.AuditFields());
        var removedLimits = current.Settings.SpeedLimitsKmh.Keys.Except(settings.SpeedLimitsKmh.Keys).ToList();
        if (changes.Count == 0 && removedLimits.Count == 0) return new CompanyWriteResult(CompanyWriteStatus.Unchanged, current);

        await using var update = unit.Command(CompanyQueries.Update);
        update.Parameters.AddWithValue("id", actor.CompanyId);
        update.Parameters.AddWithValue("name", settings.Name);
        update.Parameters.AddWithValue("timeZone", settings.TimeZone);
        update.Parameters.AddWithValue("displayUnits", settings.DisplayUnits);
        update.Parameters.AddWithValue("speedLimits", NpgsqlDbType.Jsonb, JsonSerializer.Serialize(settings.SpeedLimitsKmh));
        update.Parameters.Add(new NpgsqlParameter<TimeOnly>("walkaroundDue", settings.WalkaroundCheckDueAt));
        update.Parameters.AddWithValue("dueSoonDays", settings.ReminderDueSoonDays);
        update.Parameters.AddWithValue("osmAnd", settings.OsmAndEnabled);
        update.Parameters.Add(new NpgsqlParameter<int?>("overspeedSeconds", settings.OverspeedMinDurationSeconds));
        var written = (await ReadOneAsync(update, cancellationToken))!;

        var fields = new Dictionary<string, AuditFieldChange>(changes);
        foreach (var type in removedLimits) fields[$"speedLimitsKmh.{type}"] = new AuditFieldChange(current.Settings.SpeedLimitsKmh[type], null);
        unit.Record(AuditActions.Update, EntityType, actor.CompanyId, fields);
        await unit.CommitAsync(cancellationToken);
        return new CompanyWriteResult(CompanyWriteStatus.Written, written);
    }

    private static async Task<CompanyRecord?> ReadOneAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static CompanyRecord Read(NpgsqlDataReader reader) => new(
        Id: reader.GetGuid(0),
        Settings: new CompanySettings(
            Name: reader.GetString(1),
            TimeZone: reader.GetString(2),
            DisplayUnits: reader.GetString(3),
            SpeedLimitsKmh: JsonSerializer.Deserialize<Dictionary<string, int>>(reader.GetString(4)) ?? [],
            WalkaroundCheckDueAt: reader.GetFieldValue<TimeOnly>(5),
            ReminderDueSoonDays: reader.GetInt32(6),
            OsmAndEnabled: reader.GetBoolean(7),
            OverspeedMinDurationSeconds: reader.IsDBNull(11) ? null : reader.GetInt32(11)),
        CreatedAt: reader.GetFieldValue<DateTimeOffset>(8),
        UpdatedAt: reader.GetFieldValue<DateTimeOffset>(9),
        Version: reader.GetInt32(10));
}
