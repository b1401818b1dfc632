namespace TitanFleet.Api.Notifications;

/// <summary>
/// One rule: events of <see cref="EventType"/> notify every active user of the <see cref="Roles"/>
/// (admin, manager, mechanic, or ownDriver: the driver the event is about). With a
/// <see cref="Severity"/> (defectRaised only: minor or dangerous), only events of that severity.
/// </summary>
public sealed record NotificationRuleInput(string? EventType, List<string?>? Roles, string? Severity);
