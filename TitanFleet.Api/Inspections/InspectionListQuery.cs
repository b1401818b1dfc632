using Microsoft.AspNetCore.Mvc;
using TitanFleet.Api.Paging;

namespace TitanFleet.Api.Inspections;

/// <summary>The check list's query string: newest first; every filter optional; <c>from</c> inclusive, <c>to</c> exclusive.</summary>
public sealed record InspectionListQuery(
    [FromQuery(Name = "vehicleId")] Guid? VehicleId,
    [FromQuery(Name = "driverId")] Guid? DriverId,
    [FromQuery(Name = "from")] DateTimeOffset? From,
    [FromQuery(Name = "to")] DateTimeOffset? To,
    [FromQuery(Name = "hasDefects")] bool? HasDefects,
    [FromQuery(Name = "cursor")] string? Cursor,
    [FromQuery(Name = "limit")] int? Limit) : IPageQuery;
