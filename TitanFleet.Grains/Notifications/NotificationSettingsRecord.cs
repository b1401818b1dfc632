namespace TitanFleet.Grains.Notifications;

/// <summary>A company's notification rules as stored; a company that never changed them has the defaults at version 1 and no <see cref="UpdatedAt"/>.</summary>
public sealed record NotificationSettingsRecord(Guid CompanyId, IReadOnlyList<NotificationRule> Rules, DateTimeOffset? UpdatedAt, int Version);
