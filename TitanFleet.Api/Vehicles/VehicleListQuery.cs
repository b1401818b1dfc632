using Microsoft.AspNetCore.Mvc;
using TitanFleet.Api.Paging;

namespace TitanFleet.Api.Vehicles;

/// <summary>
/// The list's query string. Without <c>status</c> the list hides retired vehicles;
/// <c>registration</c> is a prefix; <c>sort</c> is registration (default), -registration, createdAt or -createdAt.
/// </summary>
public sealed record VehicleListQuery(
    [FromQuery(Name = "status")] string? Status,
    [FromQuery(Name = "type")] string? Type,
    [FromQuery(Name = "depot")] string? Depot,
    [FromQuery(Name = "registration")] string? Registration,
    [FromQuery(Name = "sort")] string? Sort,
    [FromQuery(Name = "cursor")] string? Cursor,
    [FromQuery(Name = "limit")] int? Limit) : IPageQuery;
