using TitanFleet.Grains.Notifications;

namespace TitanFleet.Api.Notifications;

/// <summary>
/// The company's notification rules, with the event types and roles a rule may name (so a form can
/// offer them). <see cref="Version"/> (also the ETag) goes back with an update; <see cref="UpdatedAt"/>
/// is null while the company has the defaults it started with.
/// </summary>
public sealed record NotificationSettingsResponse(
    IReadOnlyList<NotificationRule> Rules,
    IReadOnlyList<string> EventTypes,
    IReadOnlyList<string> Roles,
    DateTimeOffset? UpdatedAt,
    int Version)
{
    public static NotificationSettingsResponse From(NotificationSettingsRecord record) =>
        new(record.Rules, NotifiableEventTypes.All, NotificationRecipientRoles.All, record.UpdatedAt, record.Version);
}
