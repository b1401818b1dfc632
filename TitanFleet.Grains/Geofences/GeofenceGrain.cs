using Microsoft.Extensions.Logging;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Geofences;

/// <summary>
/// A geofence's definition and occupancy. Occupancy changes only on crossings (rare next to pings),
/// so each one is written at once: a silo restart keeps who is inside.
/// </summary>
public sealed partial class GeofenceGrain(
    [PersistentState("geofence", StorageNames.GrainStore)] IPersistentState<GeofenceState> state,
    PostgresGeofenceStore store,
    ILogger<GeofenceGrain> logger) : Grain, IGeofenceGrain
{
    private GeofenceRecord? _definition;

    public override async Task OnActivateAsync(CancellationToken cancellationToken) =>
        _definition = await store.FindAnyCompanyAsync(this.GetPrimaryKey(), cancellationToken);

    public Task<GeofenceView> GetAsync() =>
        Task.FromResult(new GeofenceView(_definition, [.. state.State.Occupants.Values.OrderBy(o => o.Since)]));

    public async Task VehicleEnteredAsync(GeofenceOccupant occupant)
    {
        state.State.Occupants[occupant.VehicleId] = occupant;
        await WriteAsync();
    }

    public async Task VehicleExitedAsync(Guid vehicleId)
    {
        if (state.State.Occupants.Remove(vehicleId)) await WriteAsync();
    }

    public async Task RefreshAsync()
    {
        _definition = await store.FindAnyCompanyAsync(this.GetPrimaryKey(), CancellationToken.None);
        if ((_definition is null || !_definition.Details.Active) && state.State.Occupants.Count > 0)
        {
            state.State.Occupants.Clear();
            await WriteAsync();
        }
    }

    /// <summary>The crossing itself already happened and was announced; a failed write is logged, not thrown back at the vehicle.</summary>
    private async Task WriteAsync()
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception exception)
        {
            LogWriteFailed(exception, this.GetPrimaryKey());
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing the occupancy of geofence {GeofenceId} failed; it is kept in memory")]
    private partial void LogWriteFailed(Exception exception, Guid geofenceId);
}
