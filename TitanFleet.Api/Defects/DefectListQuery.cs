using Microsoft.AspNetCore.Mvc;
using TitanFleet.Api.Paging;

namespace TitanFleet.Api.Defects;

/// <summary>
/// The list's query string, newest report first. <c>open=true</c> lists unresolved defects (the
/// mechanics' queue), <c>open=false</c> resolved ones; <c>from</c>/<c>to</c> bound the report time.
/// </summary>
public sealed record DefectListQuery(
    [FromQuery(Name = "vehicleId")] Guid? VehicleId,
    [FromQuery(Name = "status")] string? Status,
    [FromQuery(Name = "severity")] string? Severity,
    [FromQuery(Name = "from")] DateTimeOffset? From,
    [FromQuery(Name = "to")] DateTimeOffset? To,
    [FromQuery(Name = "assignedTo")] Guid? AssignedTo,
    [FromQuery(Name = "open")] bool? Open,
    [FromQuery(Name = "cursor")] string? Cursor,
    [FromQuery(Name = "limit")] int? Limit) : IPageQuery;
