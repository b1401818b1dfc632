namespace TitanFleet.Api.Notifications;

/// <summary>
/// Replaces the company's notification rules: an event type no rule names notifies nobody.
/// <see cref="Version"/> is the version the admin last read: a stale one is refused with 409.
/// </summary>
public sealed record UpdateNotificationSettingsRequest(List<NotificationRuleInput?>? Rules, int? Version);
