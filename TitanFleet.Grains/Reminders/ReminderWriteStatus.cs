namespace TitanFleet.Grains.Reminders;

public enum ReminderWriteStatus
{
    Written,
    Unchanged,
    NotFound,
    VersionConflict,
    VehicleNotFound,
}
