using Microsoft.AspNetCore.Mvc;
using TitanFleet.Api.Paging;

namespace TitanFleet.Api.Geofences;

/// <summary>The list's query string, sorted by name: <c>type</c>, <c>active</c> (true/false) and <c>name</c> (a prefix) filter.</summary>
public sealed record GeofenceListQuery(
    [FromQuery(Name = "type")] string? Type,
    [FromQuery(Name = "active")] bool? Active,
    [FromQuery(Name = "name")] string? Name,
    [FromQuery(Name = "cursor")] string? Cursor,
    [FromQuery(Name = "limit")] int? Limit) : IPageQuery;
