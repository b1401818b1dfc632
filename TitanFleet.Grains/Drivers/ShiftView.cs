using TitanFleet.Grains.Hours;
using TitanFleet.Grains.Timesheets;

namespace TitanFleet.Grains.Drivers;

/// <summary>
/// A driver's shift as the driver grain holds it: off duty (every shift field null) or on shift.
/// <see cref="Today"/> adds up the activity log since midnight UTC.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ShiftView(
    [property: Id(0)] bool OnShift,
    [property: Id(1)] Guid? ShiftId,
    [property: Id(2)] Guid? VehicleId,
    [property: Id(3)] string? Registration,
    [property: Id(4)] DateTimeOffset? StartedAt,
    [property: Id(5)] int? StartOdometerKm,
    [property: Id(6)] ActivityKind? Activity,
    [property: Id(7)] DateTimeOffset? ActivitySince,
    [property: Id(8)] LastCheck? LastCheck,
    [property: Id(9)] ActivityTotals Today);
