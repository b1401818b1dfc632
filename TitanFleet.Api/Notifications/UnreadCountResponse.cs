namespace TitanFleet.Api.Notifications;

/// <summary>How many of the caller's notifications are unread (the bell's number).</summary>
public sealed record UnreadCountResponse(int Unread);
