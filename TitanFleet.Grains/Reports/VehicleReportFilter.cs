namespace TitanFleet.Grains.Reports;

/// <summary>The vehicle reports' optional filters: one vehicle, or the vehicles of one depot.</summary>
public sealed record VehicleReportFilter(Guid? VehicleId, string? Depot);
