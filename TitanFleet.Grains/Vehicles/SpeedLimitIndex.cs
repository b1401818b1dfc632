using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using TitanFleet.Grains.Caching;
using TitanFleet.Grains.Company;
using TitanFleet.Grains.Geofences;

namespace TitanFleet.Grains.Vehicles;

/// <summary>
/// This silo's copy of each company's speed limits per vehicle type and overspeed duration, loaded on the first position
/// that needs them and dropped on every silo when the company's settings change (the company
/// invalidation region); the geofence caps come from the silo's <see cref="GeofenceIndex"/>.
/// </summary>
public sealed partial class SpeedLimitIndex(PostgresCompanyStore companies, GeofenceIndex geofences, ILogger<SpeedLimitIndex> logger) : ISiloCache
{
    private readonly ConcurrentDictionary<Guid, Lazy<Task<CompanyRules>>> _byCompany = new();

    public string Region => PostgresCompanyStore.CacheRegion;

    public void Invalidate(Guid id) => _byCompany.TryRemove(id, out _);

    /// <summary>The company's limits; <see cref="CompanySpeedLimits.None"/> when they cannot be read now (positions never wait on them).</summary>
    public async ValueTask<CompanySpeedLimits> ForCompanyAsync(Guid companyId)
    {
        var entry = _byCompany.GetOrAdd(companyId, id => new Lazy<Task<CompanyRules>>(() => LoadAsync(id)));
        try
        {
            var rules = await entry.Value;
            return new CompanySpeedLimits(rules.ByType, await geofences.ForCompanyAsync(companyId), rules.OverspeedMinDuration);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A failed load is not cached: the next position tries again.
            _byCompany.TryRemove(KeyValuePair.Create(companyId, entry));
            LogUnavailable(exception, companyId);
            return CompanySpeedLimits.None;
        }
    }

    private async Task<CompanyRules> LoadAsync(Guid companyId)
    {
        var settings = (await companies.FindAsync(companyId, CancellationToken.None))?.Settings;
        return new CompanyRules(
            settings?.SpeedLimitsKmh ?? new Dictionary<string, int>(),
            settings?.OverspeedMinDurationSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null);
    }

    private sealed record CompanyRules(IReadOnlyDictionary<string, int> ByType, TimeSpan? OverspeedMinDuration);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Speed limits of company {CompanyId} could not be loaded; overspeed waits for a later fix")]
    private partial void LogUnavailable(Exception exception, Guid companyId);
}
