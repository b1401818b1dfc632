using System.Globalization;
using TitanFleet.Grains.Events;

namespace TitanFleet.Grains.Vehicles;

/// <summary>
/// The fleet events a vehicle's motion raises, with the details the event contract names. Their ids
/// are derived (<see cref="FleetEventIds"/>), so raising one again after a silo died stores it once.
/// </summary>
public static class MotionEvents
{
    public static FleetEvent Overspeed(Guid vehicleId, VehicleState vehicle, OverspeedAlert alert)
    {
        var details = new Dictionary<string, string>
        {
            ["speedKmh"] = Text(Math.Round(alert.MaxSpeedKmh, 1)),
            ["limitKmh"] = Text(alert.Limit.Kmh),
            ["limitSource"] = alert.Limit.Source,
            ["durationSeconds"] = Text(Math.Round(alert.Duration.TotalSeconds)),
        };
        if (alert.Limit.GeofenceId is { } geofenceId) details["geofenceId"] = geofenceId.ToString();
        return Of(vehicleId, vehicle, FleetEventTypes.Overspeed, alert.At,
            $"{vehicle.Registration} at {Text(Math.Round(alert.MaxSpeedKmh))} km/h, limit {Text(alert.Limit.Kmh)} km/h", details);
    }

    public static FleetEvent Motion(Guid vehicleId, VehicleState vehicle, MotionChange change) =>
        Of(vehicleId, vehicle, change.Moving ? FleetEventTypes.VehicleMoving : FleetEventTypes.VehicleStopped, change.At,
            $"{vehicle.Registration} {(change.Moving ? "started moving" : "stopped")}", details: null);

    public static FleetEvent Online(Guid vehicleId, VehicleState vehicle, DateTimeOffset at) =>
        Of(vehicleId, vehicle, FleetEventTypes.DeviceOnline, at, $"{vehicle.Registration} is online", details: null);

    public static FleetEvent Offline(Guid vehicleId, VehicleState vehicle, DateTimeOffset at, DateTimeOffset lastSeen) =>
        Of(vehicleId, vehicle, FleetEventTypes.DeviceOffline, at, $"{vehicle.Registration} is offline",
            new Dictionary<string, string> { ["lastSeen"] = lastSeen.ToString("O", CultureInfo.InvariantCulture) });

    private static FleetEvent Of(Guid vehicleId, VehicleState vehicle, string type, DateTimeOffset at, string summary, Dictionary<string, string>? details) =>
        new(Id: FleetEventIds.Derived(vehicleId, type, at), CompanyId: vehicle.CompanyId, Type: type, OccurredAt: at, Summary: summary,
            VehicleId: vehicleId, Registration: vehicle.Registration, DriverId: vehicle.DriverId, DriverName: vehicle.DriverName, Details: details);

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);
}
