namespace TitanFleet.Grains.Checks;

/// <summary>
/// Which checks a list shows. <see cref="OnlyDriverId"/> is the caller's own id when the caller is a
/// driver: it applies whatever the other filters say. <see cref="From"/> is inclusive, <see cref="To"/> exclusive.
/// </summary>
public sealed record InspectionListFilter(
    Guid? VehicleId,
    Guid? DriverId,
    Guid? OnlyDriverId,
    DateTimeOffset? From,
    DateTimeOffset? To,
    bool? HasDefects,
    InspectionCursor? After,
    int Limit);
