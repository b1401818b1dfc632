namespace TitanFleet.Grains.Vehicles;

/// <summary>One vehicle's serialized live state waiting for the next grouped upsert, and the promise its writer may await.</summary>
public sealed class PendingStateWrite(Guid vehicleId, byte[] state, DateTimeOffset writtenAt)
{
    public Guid VehicleId { get; } = vehicleId;

    public byte[] State { get; } = state;

    public DateTimeOffset WrittenAt { get; } = writtenAt;

    public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
