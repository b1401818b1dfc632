using System.Globalization;
using Microsoft.Extensions.Logging;
using TitanFleet.Grains.Events;
using TitanFleet.Grains.Telemetry;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Grains.Geofences;

/// <summary>
/// A vehicle's geofence crossings, worked out from its fixes in fix-time order against the silo's
/// spatial index. The rules:
/// - a fix no newer than the last one tracked (<see cref="VehicleState.GeofencesTrackedUpTo"/>) is
///   ignored, so an out-of-order fix that history accepts fires nothing;
/// - a stay begins at the first fix inside and counts as an enter once a fix inside is at least
///   the geofence's minimum dwell later (at once without one); a stay that ends before it counts
///   fires nothing, in or out;
/// - a counted stay exits at the first fix outside; a geofence deleted or deactivated meanwhile
///   just ends the stay;
/// - an enter or exit alerts (an event for the vehicle to publish) only if its rule asks for it and
///   its time is inside the geofence's schedule; every counted crossing changes the geofence's
///   occupancy, which the vehicle hands to the silo's event writer with its events rather than
///   waiting for it inside the ping (sql/0210 says why).
/// </summary>
public sealed partial class GeofenceTracker(GeofenceIndex index, ILogger<GeofenceTracker> logger)
{
    /// <summary>
    /// Tracks the fixes and returns what they crossed (null when nothing): alerts with ids derived from
    /// vehicle, geofence and time, and the occupancy changes.
    /// </summary>
    public async Task<GeofenceCrossings?> TrackAsync(Guid vehicleId, VehicleState vehicle, PositionReport[] positions)
    {
        if (vehicle.CompanyId == Guid.Empty || positions.Length == 0) return null;
        CompanyGeofences geofences;
        try
        {
            geofences = await index.ForCompanyAsync(vehicle.CompanyId);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The fixes are already durable and applied; only their crossings wait for a later fix.
            LogIndexUnavailable(exception, vehicle.CompanyId);
            return null;
        }

        List<GeofenceCrossing>? crossings = null;
        foreach (var fix in positions.Length == 1 ? positions : (IEnumerable<PositionReport>)positions.OrderBy(p => p.FixTime))
        {
            if (vehicle.GeofencesTrackedUpTo is { } tracked && fix.FixTime <= tracked) continue;
            vehicle.GeofencesTrackedUpTo = fix.FixTime;
            if (geofences.Count == 0 && vehicle.Geofences is null) continue;
            Track(vehicle, geofences, fix, ref crossings);
        }
        if (crossings is null) return null;

        var alerts = new List<FleetEvent>();
        var occupancy = new List<GeofenceOccupancyChange>(crossings.Count);
        foreach (var crossing in crossings)
        {
            occupancy.Add(new GeofenceOccupancyChange(crossing.Geofence.Id, vehicle.CompanyId, vehicleId, vehicle.Registration, crossing.Entered, crossing.Since));
            if (Alert(vehicleId, vehicle, geofences, crossing) is { } alert) alerts.Add(alert);
        }
        return new GeofenceCrossings(alerts, occupancy);
    }

    private static void Track(VehicleState vehicle, CompanyGeofences geofences, PositionReport fix, ref List<GeofenceCrossing>? crossings)
    {
        var inside = geofences.Containing(fix.Latitude, fix.Longitude);
        if (vehicle.Geofences is { } stays)
        {
            List<Guid>? ended = null;
            foreach (var (geofenceId, presence) in stays)
            {
                if (Holds(inside, geofenceId)) continue;
                (ended ??= []).Add(geofenceId);
                if (presence.Counted && geofences.Find(geofenceId) is { } left)
                    (crossings ??= []).Add(new GeofenceCrossing(left, Entered: false, At: fix.FixTime, Since: presence.Since));
            }
            foreach (var geofenceId in ended ?? []) stays.Remove(geofenceId);
            if (stays.Count == 0) vehicle.Geofences = null;
        }

        foreach (var geofence in inside)
        {
            var inOrEntering = vehicle.Geofences ??= [];
            if (!inOrEntering.TryGetValue(geofence.Id, out var presence))
            {
                presence = new GeofencePresence { Since = fix.FixTime };
                inOrEntering[geofence.Id] = presence;
            }
            if (presence.Counted || fix.FixTime - presence.Since < TimeSpan.FromSeconds(geofence.Rules.MinDwellSeconds)) continue;
            presence.Counted = true;
            (crossings ??= []).Add(new GeofenceCrossing(geofence, Entered: true, At: fix.FixTime, Since: presence.Since));
        }
    }

    private static bool Holds(IReadOnlyList<IndexedGeofence> inside, Guid geofenceId)
    {
        foreach (var geofence in inside)
        {
            if (geofence.Id == geofenceId) return true;
        }
        return false;
    }

    private static FleetEvent? Alert(Guid vehicleId, VehicleState vehicle, CompanyGeofences geofences, GeofenceCrossing crossing)
    {
        var geofence = crossing.Geofence;
        if (!GeofenceAlertRule.Alerts(geofence.Rules, crossing.Entered, crossing.At, geofences.TimeZone)) return null;
        var type = crossing.Entered ? FleetEventTypes.GeofenceEntered : FleetEventTypes.GeofenceExited;
        return new FleetEvent(
            Id: FleetEventIds.Derived(vehicleId, type, crossing.At, geofence.Id),
            CompanyId: vehicle.CompanyId,
            Type: type,
            OccurredAt: crossing.At,
            Summary: $"{vehicle.Registration} {(crossing.Entered ? "entered" : "left")} {geofence.Name}",
            VehicleId: vehicleId,
            Registration: vehicle.Registration,
            DriverId: vehicle.DriverId,
            DriverName: vehicle.DriverName,
            Details: new Dictionary<string, string>
            {
                ["geofenceId"] = geofence.Id.ToString(),
                ["geofenceName"] = geofence.Name,
                ["geofenceType"] = geofence.Type,
                ["insideSince"] = crossing.Since.ToString("O", CultureInfo.InvariantCulture),
            });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The geofence index of company {CompanyId} could not be loaded; crossings wait for a later fix")]
    private partial void LogIndexUnavailable(Exception exception, Guid companyId);
}
