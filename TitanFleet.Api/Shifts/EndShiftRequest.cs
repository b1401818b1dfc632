namespace TitanFleet.Api.Shifts;

/// <summary>End the current shift with the odometer reading (km), at least the shift's start reading.</summary>
public sealed record EndShiftRequest(int? OdometerKm);
