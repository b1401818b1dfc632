namespace TitanFleet.Grains.Notifications;

/// <summary>
/// "Events of <see cref="EventType"/> notify these <see cref="Roles"/>" (<see cref="NotificationRecipientRoles"/>);
/// with a <see cref="Severity"/>, only events whose details carry that severity (a dangerous defect).
/// </summary>
public sealed record NotificationRule(string EventType, IReadOnlyList<string> Roles, string? Severity = null)
{
    /// <summary>What the audit log names this rule by: one field per event type and severity.</summary>
    public string AuditField => Severity is null ? $"rules.{EventType}" : $"rules.{EventType}.{Severity}";
}
