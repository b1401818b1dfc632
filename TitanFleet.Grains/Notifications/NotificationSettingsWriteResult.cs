namespace TitanFleet.Grains.Notifications;

/// <summary>What a write did; <see cref="Record"/> is the settings as they now stand (for a conflict, the current ones).</summary>
public sealed record NotificationSettingsWriteResult(NotificationSettingsWriteStatus Status, NotificationSettingsRecord Record);
