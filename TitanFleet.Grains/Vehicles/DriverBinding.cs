namespace TitanFleet.Grains.Vehicles;

/// <summary>
/// The vehicle grain's answer to a driver asking for it: <see cref="Bound"/>, or who holds it.
/// <see cref="PreviousDriverId"/> is the driver a hand-over took it from (or the holder when refused);
/// <see cref="Moving"/> lets the new shift start in driving when the vehicle is already under way.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DriverBinding(
    [property: Id(0)] bool Bound,
    [property: Id(1)] Guid? PreviousDriverId,
    [property: Id(2)] string? PreviousDriverName,
    [property: Id(3)] bool Moving);
