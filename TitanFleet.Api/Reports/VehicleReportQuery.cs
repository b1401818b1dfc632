using Microsoft.AspNetCore.Mvc;

namespace TitanFleet.Api.Reports;

/// <summary>The query string of the compliance report: one vehicle, one depot, the vehicles one driver drove in the range, optionally.</summary>
public sealed record VehicleReportQuery(
    [FromQuery(Name = "from")] DateOnly? From,
    [FromQuery(Name = "to")] DateOnly? To,
    [FromQuery(Name = "vehicleId")] Guid? VehicleId,
    [FromQuery(Name = "depot")] string? Depot,
    [FromQuery(Name = "driverId")] Guid? DriverId,
    [FromQuery(Name = "format")] string? Format) : IReportQuery;
