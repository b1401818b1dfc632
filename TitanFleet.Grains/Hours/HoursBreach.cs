namespace TitanFleet.Grains.Hours;

/// <summary>A rule broken, and the instant it was broken.</summary>
[GenerateSerializer, Immutable, Alias("titanfleet.hours-breach.v1")]
public sealed record HoursBreach(
    [property: Id(0)] HoursRule Rule,
    [property: Id(1)] DateTimeOffset At);
