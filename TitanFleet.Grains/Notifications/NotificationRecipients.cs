using System.Collections.Concurrent;
using Npgsql;
using TitanFleet.Grains.Caching;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Notifications;

/// <summary>
/// This silo's <see cref="CompanyRecipients"/> per company, loaded on the company's first event. A
/// change to the company's users or notification settings anywhere in the cluster invalidates the
/// company on every silo (<see cref="ClusterCacheInvalidator"/>, keyed by company id) before its
/// response; nothing expires on a timer.
/// </summary>
public sealed class NotificationRecipients(NpgsqlDataSource dataSource) : ISiloCache
{
    /// <summary>The invalidation region; its ids are company ids.</summary>
    public const string CacheRegion = "notification-recipients";

    private readonly ConcurrentDictionary<Guid, Lazy<Task<CompanyRecipients>>> _companies = new();

    public string Region => CacheRegion;

    public async Task<CompanyRecipients> ForCompanyAsync(Guid companyId)
    {
        var entry = _companies.GetOrAdd(companyId, id => new Lazy<Task<CompanyRecipients>>(() => LoadAsync(id)));
        try
        {
            return await entry.Value;
        }
        catch
        {
            // A failed load is not cached: the next event tries again.
            _companies.TryRemove(KeyValuePair.Create(companyId, entry));
            throw;
        }
    }

    public void Invalidate(Guid id) => _companies.TryRemove(id, out _);

    private async Task<CompanyRecipients> LoadAsync(Guid companyId)
    {
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(NotificationQueries.RecipientRules.CreateBatchCommand(new NpgsqlParameter("company", companyId)));
        batch.BatchCommands.Add(NotificationQueries.RecipientUsers.CreateBatchCommand(new NpgsqlParameter("company", companyId)));
        await using var reader = await batch.ExecuteReaderAsync();
        var rules = await reader.ReadAsync() ? PostgresNotificationSettingsStore.Deserialize(reader.GetString(0)) : NotificationRules.Defaults;
        await reader.NextResultAsync();
        var users = new Dictionary<Guid, string>();
        while (await reader.ReadAsync()) users[reader.GetGuid(0)] = reader.GetString(1);
        return new CompanyRecipients(rules, users);
    }
}
