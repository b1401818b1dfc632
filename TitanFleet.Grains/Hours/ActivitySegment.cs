namespace TitanFleet.Grains.Hours;

/// <summary>One stretch of one activity in a driver's log; <see cref="End"/> is null while it is still going on.</summary>
[GenerateSerializer, Immutable, Alias("titanfleet.activity-segment.v1")]
public sealed record ActivitySegment(
    [property: Id(0)] ActivityKind Kind,
    [property: Id(1)] DateTimeOffset Start,
    [property: Id(2)] DateTimeOffset? End);
