namespace TitanFleet.Api.Reminders;

/// <summary>Completing a reminder: the <see cref="Version"/> last read (409 when stale).</summary>
public sealed record CompleteReminderRequest(int? Version);
