using Microsoft.AspNetCore.Mvc;

namespace TitanFleet.Api.Reports;

/// <summary>
/// The query string of the utilisation report: one vehicle, one depot, the vehicles one driver drove in the range, optionally, and its grouping: one row per
/// vehicle over the range (the default) or one per vehicle and day (<see cref="UtilisationGroupings"/>).
/// </summary>
public sealed record UtilisationReportQuery(
    [FromQuery(Name = "from")] DateOnly? From,
    [FromQuery(Name = "to")] DateOnly? To,
    [FromQuery(Name = "vehicleId")] Guid? VehicleId,
    [FromQuery(Name = "depot")] string? Depot,
    [FromQuery(Name = "driverId")] Guid? DriverId,
    [FromQuery(Name = "groupBy")] string? GroupBy,
    [FromQuery(Name = "format")] string? Format) : IReportQuery;
