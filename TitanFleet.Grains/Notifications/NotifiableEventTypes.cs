using TitanFleet.Grains.Events;

namespace TitanFleet.Grains.Notifications;

/// <summary>The fleet event types a notification rule may name.</summary>
public static class NotifiableEventTypes
{
    // Named by the motion and reminders work of issue 11, which add them to FleetEventTypes; a rule
    // may name them before anything publishes them, so a company's settings need no second edit.
    public const string Overspeed = "overspeed";
    public const string VehicleMoving = "vehicleMoving";
    public const string VehicleStopped = "vehicleStopped";
    public const string DeviceOnline = "deviceOnline";
    public const string DeviceOffline = "deviceOffline";
    public const string ReminderDueSoon = "reminderDueSoon";
    public const string ReminderOverdue = "reminderOverdue";
    public const string ReminderEscalated = "reminderEscalated";

    public static readonly string[] All =
    [
        FleetEventTypes.ShiftStarted, FleetEventTypes.ShiftEnded, FleetEventTypes.DriverChanged,
        FleetEventTypes.CheckSubmitted, FleetEventTypes.DefectRaised, FleetEventTypes.VehicleOffRoad,
        FleetEventTypes.DefectRectified, FleetEventTypes.VehicleBackInService,
        FleetEventTypes.HoursApproaching, FleetEventTypes.HoursBreached,
        FleetEventTypes.GeofenceEntered, FleetEventTypes.GeofenceExited,
        Overspeed, VehicleMoving, VehicleStopped, DeviceOnline, DeviceOffline,
        ReminderDueSoon, ReminderOverdue, ReminderEscalated,
    ];

    /// <summary>Types whose events carry a defect severity in their details, so a rule may narrow to one severity.</summary>
    public static readonly string[] WithSeverity = [FleetEventTypes.DefectRaised];
}
