using Microsoft.AspNetCore.Mvc;

namespace TitanFleet.Api.Reports;

/// <summary>The query string of the compliance report: one vehicle or one depot, optionally.</summary>
public sealed record VehicleReportQuery(
    [FromQuery(Name = "from")] DateOnly? From,
    [FromQuery(Name = "to")] DateOnly? To,
    [FromQuery(Name = "vehicleId")] Guid? VehicleId,
    [FromQuery(Name = "depot")] string? Depot,
    [FromQuery(Name = "format")] string? Format) : IReportQuery;
