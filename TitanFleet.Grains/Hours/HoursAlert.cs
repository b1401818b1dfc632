namespace TitanFleet.Grains.Hours;

/// <summary>A "limit approaching" (<see cref="LimitState.Approaching"/>) or "limit breached" (<see cref="LimitState.Breached"/>) event to raise.</summary>
[GenerateSerializer, Immutable, Alias("titanfleet.hours-alert.v1")]
public sealed record HoursAlert(
    [property: Id(0)] HoursRule Rule,
    [property: Id(1)] LimitState State,
    [property: Id(2)] DateTimeOffset At);
