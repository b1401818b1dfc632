using Microsoft.Extensions.Logging;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Geofences;

/// <summary>
/// A geofence's definition and occupancy. Occupancy lives in geofence_occupants, written by the silos'
/// event writers with the crossings' events (sql/0210 says why), so a crossing never waits for this
/// grain; the grain reads it when asked and clears it when the geofence stops being active.
/// </summary>
public sealed partial class GeofenceGrain(
    [PersistentState("geofence", StorageNames.GrainStore)] IPersistentState<GeofenceState> legacy,
    PostgresGeofenceStore store,
    PostgresGeofenceOccupancy occupancy,
    ILogger<GeofenceGrain> logger) : Grain, IGeofenceGrain
{
    private GeofenceRecord? _definition;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _definition = await store.FindAnyCompanyAsync(this.GetPrimaryKey(), cancellationToken);
        if (legacy.State.Occupants is not { Count: > 0 } occupants) return;
        await occupancy.ImportLegacyAsync(this.GetPrimaryKey(), [.. occupants.Values], cancellationToken);
        await legacy.ClearStateAsync();
        LogLegacyImported(occupants.Count, this.GetPrimaryKey());
    }

    public async Task<GeofenceView> GetAsync() =>
        new(_definition, await occupancy.ListAsync(this.GetPrimaryKey(), CancellationToken.None));

    public async Task RefreshAsync()
    {
        _definition = await store.FindAnyCompanyAsync(this.GetPrimaryKey(), CancellationToken.None);
        if (_definition is null || !_definition.Details.Active) await occupancy.ClearAsync(this.GetPrimaryKey(), CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Moved {Count} occupants of geofence {GeofenceId} from its grain state to geofence_occupants")]
    private partial void LogLegacyImported(int count, Guid geofenceId);
}
