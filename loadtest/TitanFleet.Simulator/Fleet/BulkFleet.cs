namespace TitanFleet.Simulator.Fleet;

/// <summary>
/// Vehicles seeded in bulk for the memory benchmark (no devices): ids and registrations that the
/// SQL seed (<see cref="Database.BulkVehicleSeed"/>) and the simulator compute alike.
/// </summary>
public static class BulkFleet
{
    public static Guid VehicleId(int index) => Guid.Parse($"00000000-0000-4000-8000-{index:D12}");
}
