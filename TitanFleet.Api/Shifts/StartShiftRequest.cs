namespace TitanFleet.Api.Shifts;

/// <summary>
/// Take a vehicle out. <see cref="OdometerKm"/> defaults to the reading of the check the shift starts
/// on; <see cref="Handover"/> takes the vehicle from the driver whose shift holds it (ending that shift).
/// </summary>
public sealed record StartShiftRequest(Guid? VehicleId, int? OdometerKm, bool? Handover);
