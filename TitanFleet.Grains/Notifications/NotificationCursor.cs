namespace TitanFleet.Grains.Notifications;

/// <summary>Where a page of a person's notifications ended: they are listed newest first by (created at, id).</summary>
public sealed record NotificationCursor(DateTimeOffset BeforeCreatedAt, Guid BeforeId);
