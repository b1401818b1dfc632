using Microsoft.AspNetCore.Mvc;

namespace TitanFleet.Api.Reports;

/// <summary>The query string of the driver report: one driver, or the drivers of one depot's vehicles, optionally.</summary>
public sealed record DriverReportQuery(
    [FromQuery(Name = "from")] DateOnly? From,
    [FromQuery(Name = "to")] DateOnly? To,
    [FromQuery(Name = "driverId")] Guid? DriverId,
    [FromQuery(Name = "depot")] string? Depot,
    [FromQuery(Name = "format")] string? Format) : IReportQuery;
