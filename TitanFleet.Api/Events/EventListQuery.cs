using Microsoft.AspNetCore.Mvc;
using TitanFleet.Api.Paging;

namespace TitanFleet.Api.Events;

/// <summary>
/// The event history's query string: newest first; every filter optional; <c>type</c> may be repeated
/// (any of them matches); <c>from</c> inclusive, <c>to</c> exclusive.
/// </summary>
public sealed record EventListQuery(
    [FromQuery(Name = "vehicleId")] Guid? VehicleId,
    [FromQuery(Name = "driverId")] Guid? DriverId,
    [FromQuery(Name = "type")] string[]? Type,
    [FromQuery(Name = "from")] DateTimeOffset? From,
    [FromQuery(Name = "to")] DateTimeOffset? To,
    [FromQuery(Name = "cursor")] string? Cursor,
    [FromQuery(Name = "limit")] int? Limit) : IPageQuery;
