using Npgsql;
using NpgsqlTypes;
using TitanFleet.Grains.Audit;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Users;

/// <summary>
/// Reads and writes the users register. Every query is scoped to a company, so another company's
/// user is indistinguishable from a missing one; every write goes through <see cref="AuditedTransaction"/>.
/// Writes that can remove an admin lock the company row first, so two admins demoting each other at
/// once cannot both succeed and leave the company with none.
/// </summary>
public sealed class PostgresUserRecordStore(NpgsqlDataSource dataSource)
{
    public const string EntityType = "user";
    private const string AdminRole = "admin";

    internal const string Columns =
        "id, company_id, email, display_name, username, phone, role, deleted_at IS NULL, password_hash <> '', created_at, updated_at, version";

    private const string EmailIndex = "ux_users_email";
    private const string UsernameIndex = "ux_users_company_username";

    public async Task<UserRecord?> FindAsync(Guid companyId, Guid userId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(UserQueries.Find);
        command.Parameters.AddWithValue("id", userId);
        command.Parameters.AddWithValue("company", companyId);
        return await ReadOneAsync(command, cancellationToken);
    }

    public async Task<UserPageResult> ListAsync(Guid companyId, UserListFilter filter, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(UserQueries.List);
        command.Parameters.AddWithValue("company", companyId);
        command.Parameters.Add(Text("role", filter.Role));
        command.Parameters.Add(new NpgsqlParameter<bool?>("active", filter.Active));
        command.Parameters.Add(new NpgsqlParameter<Guid?>("afterId", filter.After?.Id));
        command.Parameters.Add(Text("afterEmail", filter.After?.Email ?? ""));
        command.Parameters.AddWithValue("limit", filter.Limit + 1);

        var rows = new List<UserRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) rows.Add(Read(reader));
        if (rows.Count <= filter.Limit) return new UserPageResult(rows, null);
        rows.RemoveAt(rows.Count - 1);
        return new UserPageResult(rows, new UserCursor(rows[^1].Details.Email, rows[^1].Id));
    }

    public async Task<UserWriteResult> CreateAsync(AuditActor actor, Guid userId, UserDetails details, UserCredential credential, CancellationToken cancellationToken)
    {
        await using var unit = await AuditedTransaction.BeginAsync(dataSource, actor, cancellationToken);
        await using var insert = unit.Command(UserQueries.Insert);
        insert.Parameters.AddWithValue("id", userId);
        insert.Parameters.AddWithValue("company", actor.CompanyId);
        AddDetails(insert, details);
        insert.Parameters.AddWithValue("passwordHash", credential.PasswordHash);
        insert.Parameters.Add(new NpgsqlParameter("setupToken", NpgsqlDbType.Bytea) { Value = (object?)credential.SetupTokenSha256 ?? DBNull.Value });
        insert.Parameters.Add(new NpgsqlParameter<DateTimeOffset?>("setupExpires", credential.SetupTokenExpiresAt));
        var created = await WriteAsync(insert, cancellationToken);
        if (created.Status != UserWriteStatus.Written) return created;

        var fields = new Dictionary<string, object?>(created.Record!.AuditFields()) { ["password"] = credential.PasswordHash.Length > 0 };
        unit.Record(AuditActions.Create, EntityType, userId, AuditChanges.Between(null, fields));
        await unit.CommitAsync(cancellationToken);
        return created;
    }

    /// <summary>Replaces a user's details if they are still at <paramref name="expectedVersion"/>.</summary>
    public Task<UserWriteResult> UpdateAsync(AuditActor actor, Guid userId, int expectedVersion, UserDetails details, CancellationToken cancellationToken) =>
        ChangeAsync(actor, userId, expectedVersion, _ => details, AuditActions.Update, cancellationToken);

    /// <summary>The soft delete: the user can no longer sign in; the row and its history stay.</summary>
    public Task<UserWriteResult> DeactivateAsync(AuditActor actor, Guid userId, int expectedVersion, CancellationToken cancellationToken) =>
        ChangeAsync(actor, userId, expectedVersion, current => current with { Active = false }, AuditActions.Delete, cancellationToken);

    private async Task<UserWriteResult> ChangeAsync(
        AuditActor actor, Guid userId, int expectedVersion, Func<UserDetails, UserDetails> change, string action, CancellationToken cancellationToken)
    {
        await using var unit = await AuditedTransaction.BeginAsync(dataSource, actor, cancellationToken);
        await using (var lockCompany = unit.Command(UserQueries.LockCompany))
        {
            lockCompany.Parameters.AddWithValue("company", actor.CompanyId);
            await lockCompany.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var select = unit.Command(UserQueries.Lock);
        select.Parameters.AddWithValue("id", userId);
        select.Parameters.AddWithValue("company", actor.CompanyId);
        var current = await ReadOneAsync(select, cancellationToken);
        if (current is null) return new UserWriteResult(UserWriteStatus.NotFound);
        if (current.Version != expectedVersion) return new UserWriteResult(UserWriteStatus.VersionConflict, current);
        var details = change(current.Details);
        if (details == current.Details) return new UserWriteResult(UserWriteStatus.Unchanged, current);
        if (IsActiveAdmin(current.Details) && !IsActiveAdmin(details) && !await OtherActiveAdminExistsAsync(unit, actor.CompanyId, userId, cancellationToken))
            return new UserWriteResult(UserWriteStatus.LastAdmin, current);

        await using var update = unit.Command(UserQueries.Update);
        update.Parameters.AddWithValue("id", userId);
        update.Parameters.AddWithValue("company", actor.CompanyId);
        AddDetails(update, details);
        var written = await WriteAsync(update, cancellationToken) with { Previous = current };
        if (written.Status != UserWriteStatus.Written) return written;

        unit.Record(action, EntityType, userId, AuditChanges.Between(current.AuditFields(), written.Record!.AuditFields()));
        await unit.CommitAsync(cancellationToken);
        return written;
    }

    private static bool IsActiveAdmin(UserDetails details) => details.Active && details.Role == AdminRole;

    private static async Task<bool> OtherActiveAdminExistsAsync(AuditedTransaction unit, Guid companyId, Guid userId, CancellationToken cancellationToken)
    {
        await using var command = unit.Command(UserQueries.OtherActiveAdminExists);
        command.Parameters.AddWithValue("company", companyId);
        command.Parameters.AddWithValue("id", userId);
        command.Parameters.AddWithValue("admin", AdminRole);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Runs an INSERT/UPDATE ... RETURNING; a unique index another user holds is a duplicate of that field.</summary>
    private static async Task<UserWriteResult> WriteAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        try
        {
            return new UserWriteResult(UserWriteStatus.Written, await ReadOneAsync(command, cancellationToken));
        }
        catch (PostgresException exception) when (exception is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: EmailIndex or UsernameIndex })
        {
            return new UserWriteResult(UserWriteStatus.Duplicate, DuplicateField: exception.ConstraintName == EmailIndex ? "email" : "username");
        }
    }

    private static void AddDetails(NpgsqlCommand command, UserDetails details)
    {
        command.Parameters.AddWithValue("email", details.Email);
        command.Parameters.AddWithValue("fullName", details.FullName);
        command.Parameters.Add(Text("username", details.Username));
        command.Parameters.Add(Text("phone", details.Phone));
        command.Parameters.AddWithValue("role", details.Role);
        command.Parameters.AddWithValue("active", details.Active);
    }

    private static NpgsqlParameter Text(string name, string? value) =>
        new(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value };

    internal static async Task<UserRecord?> ReadOneAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static UserRecord Read(NpgsqlDataReader reader) => new(
        Id: reader.GetGuid(0),
        CompanyId: reader.GetGuid(1),
        Details: new UserDetails(
            Email: reader.GetString(2),
            FullName: reader.GetString(3),
            Username: reader.IsDBNull(4) ? null : reader.GetString(4),
            Phone: reader.IsDBNull(5) ? null : reader.GetString(5),
            Role: reader.GetString(6),
            Active: reader.GetBoolean(7)),
        HasPassword: reader.GetBoolean(8),
        CreatedAt: reader.GetFieldValue<DateTimeOffset>(9),
        UpdatedAt: reader.GetFieldValue<DateTimeOffset>(10),
        Version: reader.GetInt32(11));
}
