namespace TitanFleet.Grains.Drivers;

/// <summary>The driver's shift as it now is; <see cref="OtherDriverName"/> names who holds the vehicle when it is in use.</summary>
[GenerateSerializer, Immutable]
public sealed record ShiftStartResult(
    [property: Id(0)] ShiftStartOutcome Outcome,
    [property: Id(1)] ShiftView Shift,
    [property: Id(2)] string? OtherDriverName = null);
