namespace TitanFleet.Grains.Vehicles;

/// <summary>An online vehicle whose watching silo died: <see cref="OnlineSince"/> is when it last came online.</summary>
public sealed record OrphanedVehicle(Guid VehicleId, DateTimeOffset OnlineSince);
