using Npgsql;
using TitanFleet.Grains.Audit;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Users;

/// <summary>
/// The users' one-time set-up tokens (a new user's first password, or a reset an admin issued).
/// Only a token's SHA-256 is stored; using it sets the password and spends it in one audited write.
/// </summary>
public sealed class PostgresUserSetupStore(NpgsqlDataSource dataSource)
{
    /// <summary>Replaces any earlier set-up token of the user with a new one (the old link stops working).</summary>
    public async Task<UserWriteResult> IssueSetupTokenAsync(AuditActor actor, Guid userId, byte[] tokenSha256, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await using var unit = await AuditedTransaction.BeginAsync(dataSource, actor, cancellationToken);
        await using var update = unit.Command(UserQueries.SetupIssue);
        update.Parameters.AddWithValue("id", userId);
        update.Parameters.AddWithValue("company", actor.CompanyId);
        update.Parameters.AddWithValue("token", tokenSha256);
        update.Parameters.AddWithValue("expires", expiresAt);
        if (await PostgresUserRecordStore.ReadOneAsync(update, cancellationToken) is not { } record) return new UserWriteResult(UserWriteStatus.NotFound);

        unit.Record(AuditActions.Update, PostgresUserRecordStore.EntityType, userId, AuditChanges.Between(null, new Dictionary<string, object?> { ["setupToken"] = true }));
        await unit.CommitAsync(cancellationToken);
        return new UserWriteResult(UserWriteStatus.Written, record);
    }

    /// <summary>
    /// Uses a set-up token: sets the password and spends the token, in one audited transaction whose
    /// actor is the user themself. Null when no active user holds an unexpired token with this hash.
    /// </summary>
    public async Task<UserRecord?> SetPasswordWithTokenAsync(
        byte[] tokenSha256, string passwordHash, Func<UserRecord, AuditActor> actorFor, CancellationToken cancellationToken)
    {
        await using var find = dataSource.CreateCommand(UserQueries.SetupFindByToken);
        find.Parameters.AddWithValue("token", tokenSha256);
        if (await PostgresUserRecordStore.ReadOneAsync(find, cancellationToken) is not { } holder) return null;

        await using var unit = await AuditedTransaction.BeginAsync(dataSource, actorFor(holder), cancellationToken);
        await using var update = unit.Command(UserQueries.SetupComplete);
        update.Parameters.AddWithValue("id", holder.Id);
        update.Parameters.AddWithValue("token", tokenSha256);
        update.Parameters.AddWithValue("passwordHash", passwordHash);
        // Another request spent the token between the two statements.
        if (await PostgresUserRecordStore.ReadOneAsync(update, cancellationToken) is not { } record) return null;

        unit.Record(AuditActions.Update, PostgresUserRecordStore.EntityType, record.Id, AuditChanges.Between(null, new Dictionary<string, object?> { ["password"] = true }));
        await unit.CommitAsync(cancellationToken);
        return record;
    }
}
