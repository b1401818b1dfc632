namespace TitanFleet.Grains.Hours;

/// <summary>One entry of a driver's activity log; <paramref name="End"/> null means still going on.</summary>
[GenerateSerializer, Immutable]
public sealed record ActivitySegment(
    [property: Id(0)] DriverActivity Kind,
    [property: Id(1)] DateTimeOffset Start,
    [property: Id(2)] DateTimeOffset? End);
