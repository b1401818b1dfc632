using TitanFleet.Grains.Events;

namespace TitanFleet.Grains.Notifications;

/// <summary>The fleet event types a notification rule may name.</summary>
public static class NotifiableEventTypes
{
    /// <summary>Every published type: a rule may name any event a dashboard can receive.</summary>
    public static IReadOnlyList<string> All => FleetEventTypes.All;

    /// <summary>Types whose events carry a defect severity in their details, so a rule may narrow to one severity.</summary>
    public static readonly string[] WithSeverity = [FleetEventTypes.DefectRaised];
}
