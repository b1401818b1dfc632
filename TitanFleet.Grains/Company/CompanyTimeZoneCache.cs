using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Npgsql;
using TitanFleet.Grains.Caching;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Company;

/// <summary>
/// This silo's copy of each company's time zone (drivers' hours weeks run on local time), read from
/// PostgreSQL on first use. A settings write invalidates the company on every silo before its
/// response (<see cref="PostgresCompanyStore.CacheRegion"/>), and the next use reads it again.
/// </summary>
public sealed partial class CompanyTimeZoneCache(NpgsqlDataSource dataSource, ILogger<CompanyTimeZoneCache> logger) : ISiloCache
{
    private readonly ConcurrentDictionary<Guid, TimeZoneInfo> _zones = new();

    public string Region => PostgresCompanyStore.CacheRegion;

    public ValueTask<TimeZoneInfo> ForCompanyAsync(Guid companyId, CancellationToken cancellationToken = default) =>
        _zones.TryGetValue(companyId, out var zone) ? new(zone) : new(LoadAsync(companyId, cancellationToken));

    public void Invalidate(Guid id) => _zones.TryRemove(id, out _);

    private async Task<TimeZoneInfo> LoadAsync(Guid companyId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(CompanyQueries.TimeZone);
        command.Parameters.AddWithValue("id", companyId);
        if (await command.ExecuteScalarAsync(cancellationToken) is not string id) return TimeZoneInfo.Utc;
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            LogUnknownTimeZone(id, companyId);
            zone = TimeZoneInfo.Utc;
        }
        _zones[companyId] = zone;
        return zone;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Time zone {TimeZone} of company {CompanyId} is unknown on this silo; its drivers' hours weeks are taken in UTC")]
    private partial void LogUnknownTimeZone(string timeZone, Guid companyId);
}
