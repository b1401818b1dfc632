using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using TitanFleet.Grains.Caching;
using TitanFleet.Grains.Company;
using TitanFleet.Grains.Geofences;

namespace TitanFleet.Grains.Vehicles;

/// <summary>
/// This silo's copy of each company's speed limits per vehicle type, loaded on the first position
/// that needs them and dropped on every silo when the company's settings change (the company
/// invalidation region); the geofence caps come from the silo's <see cref="GeofenceIndex"/>.
/// </summary>
public sealed partial class SpeedLimitIndex(PostgresCompanyStore companies, GeofenceIndex geofences, ILogger<SpeedLimitIndex> logger) : ISiloCache
{
    private readonly ConcurrentDictionary<Guid, Lazy<Task<IReadOnlyDictionary<string, int>>>> _byCompany = new();

    public string Region => PostgresCompanyStore.CacheRegion;

    public void Invalidate(Guid id) => _byCompany.TryRemove(id, out _);

    /// <summary>The company's limits; <see cref="CompanySpeedLimits.None"/> when they cannot be read now (positions never wait on them).</summary>
    public async ValueTask<CompanySpeedLimits> ForCompanyAsync(Guid companyId)
    {
        var entry = _byCompany.GetOrAdd(companyId, id => new Lazy<Task<IReadOnlyDictionary<string, int>>>(() => LoadAsync(id)));
        try
        {
            var byType = await entry.Value;
            return new CompanySpeedLimits(byType, await geofences.ForCompanyAsync(companyId));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A failed load is not cached: the next position tries again.
            _byCompany.TryRemove(KeyValuePair.Create(companyId, entry));
            LogUnavailable(exception, companyId);
            return CompanySpeedLimits.None;
        }
    }

    private async Task<IReadOnlyDictionary<string, int>> LoadAsync(Guid companyId) =>
        (await companies.FindAsync(companyId, CancellationToken.None))?.Settings.SpeedLimitsKmh ?? new Dictionary<string, int>();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Speed limits of company {CompanyId} could not be loaded; overspeed waits for a later fix")]
    private partial void LogUnavailable(Exception exception, Guid companyId);
}
