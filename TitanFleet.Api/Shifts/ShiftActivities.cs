using TitanFleet.Grains.Hours;

namespace TitanFleet.Api.Shifts;

/// <summary>The activities a driver may post, by their API names (rest is off duty: ending the shift).</summary>
public static class ShiftActivities
{
    public static readonly IReadOnlyDictionary<string, ActivityKind> ByName = new Dictionary<string, ActivityKind>(StringComparer.Ordinal)
    {
        ["break"] = ActivityKind.Break,
        ["otherWork"] = ActivityKind.OtherWork,
        ["available"] = ActivityKind.Available,
        ["driving"] = ActivityKind.Driving,
    };
}
