using Microsoft.AspNetCore.Mvc;
using TitanFleet.Api.Paging;

namespace TitanFleet.Api.Reminders;

/// <summary>The list's query string, sorted by due date (undated mileage reminders last): <c>vehicleId</c>, <c>type</c>, <c>status</c> and <c>dueBefore</c> (a date, inclusive) filter.</summary>
public sealed record ReminderListQuery(
    [FromQuery(Name = "vehicleId")] Guid? VehicleId,
    [FromQuery(Name = "type")] string? Type,
    [FromQuery(Name = "status")] string? Status,
    [FromQuery(Name = "dueBefore")] DateOnly? DueBefore,
    [FromQuery(Name = "cursor")] string? Cursor,
    [FromQuery(Name = "limit")] int? Limit) : IPageQuery;
