using Microsoft.AspNetCore.Mvc;
using TitanFleet.Api.Paging;

namespace TitanFleet.Api.Vehicles;

/// <summary>The drivable list's query string: <c>registration</c> is a prefix; sorted by registration.</summary>
public sealed record DrivableVehicleQuery(
    [FromQuery(Name = "registration")] string? Registration,
    [FromQuery(Name = "cursor")] string? Cursor,
    [FromQuery(Name = "limit")] int? Limit) : IPageQuery;
