using Microsoft.Extensions.Logging;
using TitanFleet.Grains.Caching;
using TitanFleet.Grains.Dashboard;

namespace TitanFleet.Grains.Vehicles;

/// <summary>
/// Carries a committed register change to the live side: every silo forgets its cached profile (so
/// a retired vehicle's devices are refused at once, everywhere), then the vehicle grain takes the new
/// registration, type and status and pushes them to the dashboards, and the company's header figures are recounted. The database is already
/// committed, so a failure here is logged rather than failing the request.
/// </summary>
public sealed partial class VehicleLiveSync(ClusterCacheInvalidator invalidator, IGrainFactory grains, ILogger<VehicleLiveSync> logger)
{
    public async Task ApplyAsync(VehicleRecord record)
    {
        await invalidator.InvalidateAsync(PostgresVehicleDirectory.CacheRegion, record.Id);
        try
        {
            await grains.GetGrain<IVehicleGrain>(record.Id).UpdateProfileAsync(record.ToProfile());
            await grains.GetGrain<ICompanyStatsGrain>(record.CompanyId).InvalidateAsync();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogGrainUpdateFailed(exception, record.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Vehicle {VehicleId} changed in the register but its live grain could not be told; it takes the change on its next activation")]
    private partial void LogGrainUpdateFailed(Exception exception, Guid vehicleId);
}
