namespace TitanFleet.Grains.Events;

/// <summary>The <see cref="FleetEvent.Type"/> values, as dashboards receive them.</summary>
public static class FleetEventTypes
{
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

    // Reminders (issue 11): Details carry reminderId, reminderType, dueDate and/or dueMileage (km),
    // escalationLevel; a company-wide reminder has no VehicleId.
    public const string ReminderDueSoon = "reminderDueSoon";
    public const string ReminderOverdue = "reminderOverdue";
    public const string ReminderEscalated = "reminderEscalated";
}
