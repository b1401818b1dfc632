using TitanFleet.Grains.Events;

namespace TitanFleet.Grains.Notifications;

/// <summary>What one silo knows to resolve a company's recipients: its rules and its active users with their roles.</summary>
public sealed class CompanyRecipients(IReadOnlyList<NotificationRule> rules, IReadOnlyDictionary<Guid, string> activeUserRoles)
{
    /// <summary>
    /// The users an event notifies, each once: every active user of a role a matching rule names, and
    /// for <see cref="NotificationRecipientRoles.OwnDriver"/> the event's driver if they are an active
    /// user of the company (an id from another company or a deactivated user notifies nobody).
    /// </summary>
    public IReadOnlyCollection<Guid> For(FleetEvent fleetEvent)
    {
        var roles = rules.Where(rule => NotificationRules.Matches(rule, fleetEvent)).SelectMany(rule => rule.Roles).ToHashSet(StringComparer.Ordinal);
        if (roles.Count == 0) return [];
        var users = activeUserRoles.Where(user => roles.Contains(user.Value)).Select(user => user.Key).ToHashSet();
        if (roles.Contains(NotificationRecipientRoles.OwnDriver) && fleetEvent.DriverId is { } driverId && activeUserRoles.ContainsKey(driverId))
            users.Add(driverId);
        return users;
    }
}
