namespace TitanFleet.Grains.Events;

/// <summary>
/// Which stored events a list shows; every filter optional. <see cref="Types"/> matches any of the
/// types given; <see cref="From"/> is inclusive, <see cref="To"/> exclusive.
/// </summary>
public sealed record FleetEventListFilter(
    Guid? VehicleId,
    Guid? DriverId,
    IReadOnlyList<string>? Types,
    DateTimeOffset? From,
    DateTimeOffset? To,
    FleetEventCursor? After,
    int Limit);
