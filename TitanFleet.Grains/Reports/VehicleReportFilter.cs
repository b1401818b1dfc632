namespace TitanFleet.Grains.Reports;

/// <summary>
/// The vehicle reports' optional filters, together: one vehicle, the vehicles of one depot, the vehicles one driver had a shift
/// on during the range (their rows stay whole: a vehicle-day is not split between its drivers).
/// </summary>
public sealed record VehicleReportFilter(Guid? VehicleId, string? Depot, Guid? DriverId = null);
