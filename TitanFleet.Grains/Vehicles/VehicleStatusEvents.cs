using TitanFleet.Grains.Events;

namespace TitanFleet.Grains.Vehicles;

/// <summary>
/// A register write that takes a vehicle off the road, or puts an off-road one back into service, raises the
/// same events as a dangerous defect and its rectification (vehicleOffRoad / vehicleBackInService), so the map,
/// the event feed, the notifications and the header figures treat a manager's change like a mechanic's.
/// Maintenance and retirement are register states the figures count, not roadworthiness events.
/// </summary>
public sealed class VehicleStatusEvents(IFleetEventPublisher events, TimeProvider time)
{
    public const string RegisterSource = "register";

    public Task ChangedAsync(VehicleRecord vehicle, string previousStatus)
    {
        if (TypeOf(previousStatus, vehicle.Details.Status) is not { } type) return Task.CompletedTask;
        var registration = vehicle.Details.Registration;
        return events.PublishAsync(new FleetEvent(Guid.NewGuid(), vehicle.CompanyId, type, time.GetUtcNow(),
            type == FleetEventTypes.VehicleOffRoad ? $"{registration} is off road: set in the vehicle register" : $"{registration} is back in service",
            VehicleId: vehicle.Id, Registration: registration,
            Details: new Dictionary<string, string> { ["source"] = RegisterSource, ["previousStatus"] = previousStatus, ["status"] = vehicle.Details.Status }));
    }

    /// <summary>The event a status change raises, or null: into "vor" is off road; from "vor" to "active" is back in service.</summary>
    public static string? TypeOf(string previousStatus, string status) => (previousStatus, status) switch
    {
        (not VehicleRecordStatuses.Vor, VehicleRecordStatuses.Vor) => FleetEventTypes.VehicleOffRoad,
        (VehicleRecordStatuses.Vor, VehicleRecordStatuses.Active) => FleetEventTypes.VehicleBackInService,
        _ => null,
    };
}
