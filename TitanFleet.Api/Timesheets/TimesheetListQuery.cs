using Microsoft.AspNetCore.Mvc;
using TitanFleet.Api.Paging;

namespace TitanFleet.Api.Timesheets;

/// <summary>The timesheet list's query string: newest start first; <c>from</c> inclusive, <c>to</c> exclusive, on the start time. A driver sees only their own.</summary>
public sealed record TimesheetListQuery(
    [FromQuery(Name = "driverId")] Guid? DriverId,
    [FromQuery(Name = "vehicleId")] Guid? VehicleId,
    [FromQuery(Name = "from")] DateTimeOffset? From,
    [FromQuery(Name = "to")] DateTimeOffset? To,
    [FromQuery(Name = "cursor")] string? Cursor,
    [FromQuery(Name = "limit")] int? Limit) : IPageQuery;
