using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using TitanFleet.Grains.Audit;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Notifications;

/// <summary>
/// A company's notification rules (sql/0106). A company without a row has <see cref="NotificationRules.Defaults"/>
/// at version 1; the first change writes them first, so its version check works like any other's.
/// Writes go through <see cref="AuditedTransaction"/>.
/// </summary>
public sealed class PostgresNotificationSettingsStore(NpgsqlDataSource dataSource)
{
    public const string EntityType = "notificationSettings";

    public async Task<NotificationSettingsRecord> FindAsync(Guid companyId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(NotificationQueries.FindSettings);
        command.Parameters.AddWithValue("company", companyId);
        return await ReadOneAsync(command, cancellationToken) ?? Defaults(companyId);
    }

    /// <summary>Replaces the company's rules if they are still at <paramref name="expectedVersion"/>.</summary>
    public async Task<NotificationSettingsWriteResult> UpdateAsync(
        AuditActor actor, int expectedVersion, IReadOnlyList<NotificationRule> rules, CancellationToken cancellationToken)
    {
        await using var unit = await AuditedTransaction.BeginAsync(dataSource, actor, cancellationToken);
        await using (var seed = unit.Command(NotificationQueries.SeedSettings))
        {
            seed.Parameters.AddWithValue("company", actor.CompanyId);
            seed.Parameters.AddWithValue("rules", NpgsqlDbType.Jsonb, Serialize(NotificationRules.Defaults));
            await seed.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var select = unit.Command(NotificationQueries.LockSettings);
        select.Parameters.AddWithValue("company", actor.CompanyId);
        var current = (await ReadOneAsync(select, cancellationToken))!;
        if (current.Version != expectedVersion) return new(NotificationSettingsWriteStatus.VersionConflict, current);

        var before = NotificationRules.AuditFields(current.Rules);
        var after = NotificationRules.AuditFields(rules);
        var changes = new Dictionary<string, AuditFieldChange>(AuditChanges.Between(before, after));
        foreach (var removed in before.Keys.Except(after.Keys)) changes[removed] = new AuditFieldChange(before[removed], null);
        if (changes.Count == 0) return new(NotificationSettingsWriteStatus.Unchanged, current);

        await using var update = unit.Command(NotificationQueries.UpdateSettings);
        update.Parameters.AddWithValue("company", actor.CompanyId);
        update.Parameters.AddWithValue("rules", NpgsqlDbType.Jsonb, Serialize(rules));
        var written = (await ReadOneAsync(update, cancellationToken))!;
        unit.Record(AuditActions.Update, EntityType, actor.CompanyId, changes);
        await unit.CommitAsync(cancellationToken);
        return new(NotificationSettingsWriteStatus.Written, written);
    }

    public static NotificationSettingsRecord Defaults(Guid companyId) => new(companyId, NotificationRules.Defaults, UpdatedAt: null, Version: 1);

    public static IReadOnlyList<NotificationRule> Deserialize(string json) =>
        JsonSerializer.Deserialize<NotificationRule[]>(json, JsonSerializerOptions.Web) ?? [];

    private static string Serialize(IReadOnlyList<NotificationRule> rules) => JsonSerializer.Serialize(rules, JsonSerializerOptions.Web);

    private static async Task<NotificationSettingsRecord?> ReadOneAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return new NotificationSettingsRecord(
            CompanyId: reader.GetGuid(0),
            Rules: Deserialize(reader.GetString(1)),
            UpdatedAt: reader.GetFieldValue<DateTimeOffset>(2),
            Version: reader.GetInt32(3));
    }
}
