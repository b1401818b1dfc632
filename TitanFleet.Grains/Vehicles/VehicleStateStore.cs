using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Serialization;
using Orleans.Storage;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Vehicles;

/// <summary>
/// Reads and writes vehicle live state in vehicle_live_state (sql/0165) with the Orleans binary
/// serializer. A vehicle with no row yet may still have state in Orleans grain storage, where it
/// lived before grouped writes: that is read once, and the vehicle's next write moves it here.
/// </summary>
public sealed class VehicleStateStore(
    NpgsqlDataSource dataSource,
    Serializer serializer,
    VehicleStateWriter writer,
    [FromKeyedServices(StorageNames.GrainStore)] IGrainStorage legacyStorage)
{
    /// <summary>The state name vehicle grains used with the Orleans storage provider.</summary>
    public const string LegacyStateName = "vehicle";

    public async Task<VehicleState> ReadAsync(GrainId grainId, Guid vehicleId, CancellationToken cancellationToken)
    {
        await using (var command = dataSource.CreateCommand(VehicleStateQueries.Read))
        {
            command.Parameters.AddWithValue("vehicle", vehicleId);
            if (await command.ExecuteScalarAsync(cancellationToken) is byte[] stored) return Compacted(serializer.Deserialize<VehicleState>(stored));
        }
        var legacy = new GrainState<VehicleState>(new VehicleState());
        await legacyStorage.ReadStateAsync(LegacyStateName, grainId, legacy);
        return Compacted(legacy.RecordExists ? legacy.State : null);
    }

    private static VehicleState Compacted(VehicleState? state)
    {
        if (state is null) return new VehicleState();
        state.Compact();
        return state;
    }

    /// <summary>A snapshot of the state as it is now: later changes to <paramref name="state"/> are not in it.</summary>
    public PendingStateWrite Capture(Guid vehicleId, VehicleState state, DateTimeOffset at) =>
        new(vehicleId, serializer.SerializeToArray(state), at);

    public Task WriteAsync(PendingStateWrite write, CancellationToken cancellationToken) => writer.WriteAsync(write, cancellationToken);

    public bool TryQueue(PendingStateWrite write) => writer.TryQueue(write);
}
