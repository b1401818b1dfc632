namespace TitanFleet.Grains.Hours;

/// <summary>One limit now: <see cref="Remaining"/> is never negative; <see cref="Used"/> may pass <see cref="Limit"/>.</summary>
[GenerateSerializer, Immutable, Alias("titanfleet.limit-status.v1")]
public sealed record LimitStatus(
    [property: Id(0)] HoursRule Rule,
    [property: Id(1)] TimeSpan Used,
    [property: Id(2)] TimeSpan Limit,
    [property: Id(3)] TimeSpan Remaining,
    [property: Id(4)] LimitState State);
