namespace TitanFleet.Grains.Reports;

/// <summary>The driver report's optional filters: one driver, or the drivers who drove one depot's vehicles in the range.</summary>
public sealed record DriverReportFilter(Guid? DriverId, string? Depot);
