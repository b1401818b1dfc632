using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Grains.Checks;

/// <summary>
/// The outcome of submitting a check: the stored check, or the fields that were wrong (keyed as the
/// API names them, "results.brakes_air"). <see cref="VehicleChange"/> is the vehicle as it now is
/// when the check took it off road, for the live side.
/// </summary>
public sealed record InspectionWriteResult(
    InspectionWriteStatus Status,
    InspectionRecord? Inspection = null,
    IReadOnlyDictionary<string, string[]>? Errors = null,
    VehicleRecord? VehicleChange = null);
