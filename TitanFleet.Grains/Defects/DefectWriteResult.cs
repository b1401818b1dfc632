using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Grains.Defects;

/// <summary>
/// What a defect write did. <see cref="Record"/> is the defect as it now stands (for a version
/// conflict, the current row); <see cref="VehicleChange"/> is the vehicle when its roadworthiness
/// changed (to hand to <see cref="DefectNotifications"/> after commit); <see cref="Rectification"/>
/// is the sign-off a rectification wrote; <see cref="Refusal"/> says why a move was refused.
/// </summary>
public sealed record DefectWriteResult(
    DefectWriteStatus Status,
    DefectRecord? Record = null,
    VehicleRecord? VehicleChange = null,
    Rectification? Rectification = null,
    string? Refusal = null);
