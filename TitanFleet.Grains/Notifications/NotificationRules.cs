using TitanFleet.Grains.Defects;
using TitanFleet.Grains.Events;
using static TitanFleet.Grains.Notifications.NotificationRecipientRoles;

namespace TitanFleet.Grains.Notifications;

/// <summary>The rules a company starts with, and how a rule matches an event.</summary>
public static class NotificationRules
{
    private static readonly string[] Office = [Admin, Manager];

    /// <summary>
    /// Managers and admins hear of what stops a vehicle or breaks a rule; mechanics of every defect and
    /// every vehicle taken off road. Geofence events are published only when the geofence's rule alerts,
    /// so listing them here adds nothing for geofences that do not. Drivers get none until enabled.
    /// </summary>
    public static readonly IReadOnlyList<NotificationRule> Defaults =
    [
        new(FleetEventTypes.VehicleOffRoad, [Admin, Manager, Mechanic]),
        new(FleetEventTypes.DefectRaised, Office, Severity: DefectSeverities.Dangerous),
        new(FleetEventTypes.DefectRaised, [Mechanic]),
        new(FleetEventTypes.HoursBreached, Office),
        new(FleetEventTypes.Overspeed, Office),
        new(FleetEventTypes.DeviceOffline, Office),
        new(FleetEventTypes.GeofenceEntered, Office),
        new(FleetEventTypes.GeofenceExited, Office),
        new(FleetEventTypes.ReminderDueSoon, Office),
        new(FleetEventTypes.ReminderOverdue, Office),
        new(FleetEventTypes.ReminderEscalated, Office),
    ];

    public static bool Matches(NotificationRule rule, FleetEvent fleetEvent) =>
        rule.EventType == fleetEvent.Type
        && (rule.Severity is null || (fleetEvent.Details?.TryGetValue("severity", out var severity) == true && severity == rule.Severity));

    /// <summary>The audit log's view of a rule set: one field per rule, its roles in a fixed order.</summary>
    public static IReadOnlyDictionary<string, object?> AuditFields(IEnumerable<NotificationRule> rules) =>
        rules.ToDictionary(rule => rule.AuditField, rule => (object?)string.Join(",", rule.Roles.Order(StringComparer.Ordinal)), StringComparer.Ordinal);
}
