namespace TitanFleet.Grains.Notifications;

public enum NotificationSettingsWriteStatus
{
    Written = 0,
    Unchanged = 1,
    VersionConflict = 2,
}
