using System.Reflection;

namespace TitanFleet.Grains.Events;

/// <summary>The <see cref="FleetEvent.Type"/> values, as dashboards receive them.</summary>
public static class FleetEventTypes
{
    /// <summary>
    /// Every type declared here, in declaration order. Read by reflection so that each feature's
    /// section joins the event history's type filter and its API description without editing a list.
    /// </summary>
    public static readonly IReadOnlyList<string> All =
    [
        .. typeof(FleetEventTypes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!),
    ];

    public const string ShiftStarted = "shiftStarted";
    public const string ShiftEnded = "shiftEnded";
    public const string DriverChanged = "driverChanged";
    public const string CheckSubmitted = "checkSubmitted";
    public const string DefectRaised = "defectRaised";
    public const string VehicleOffRoad = "vehicleOffRoad";
    public const string DefectRectified = "defectRectified";
    public const string VehicleBackInService = "vehicleBackInService";
    public const string HoursApproaching = "hoursApproaching";
    public const string HoursBreached = "hoursBreached";

    // Geofences (issue 11)
    public const string GeofenceEntered = "geofenceEntered";
    public const string GeofenceExited = "geofenceExited";

    // Motion (issue 11)
    public const string Overspeed = "overspeed";
    public const string VehicleMoving = "vehicleMoving";
    public const string VehicleStopped = "vehicleStopped";
    public const string DeviceOnline = "deviceOnline";
    public const string DeviceOffline = "deviceOffline";

    // Reminders (issue 11): Details carry reminderId, reminderType, dueDate and/or dueMileage (km),
    // escalationLevel; a company-wide reminder has no VehicleId.
    public const string ReminderDueSoon = "reminderDueSoon";
    public const string ReminderOverdue = "reminderOverdue";
    public const string ReminderEscalated = "reminderEscalated";
}
