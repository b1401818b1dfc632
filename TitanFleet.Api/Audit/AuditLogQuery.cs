using Microsoft.AspNetCore.Mvc;
using TitanFleet.Api.Paging;

namespace TitanFleet.Api.Audit;

/// <summary>The audit list's query string: newest first; every filter optional; <c>from</c> inclusive, <c>to</c> exclusive.</summary>
public sealed record AuditLogQuery(
    [FromQuery(Name = "from")] DateTimeOffset? From,
    [FromQuery(Name = "to")] DateTimeOffset? To,
    [FromQuery(Name = "userId")] Guid? UserId,
    [FromQuery(Name = "action")] string? Action,
    [FromQuery(Name = "entityType")] string? EntityType,
    [FromQuery(Name = "entityId")] Guid? EntityId,
    [FromQuery(Name = "cursor")] string? Cursor,
    [FromQuery(Name = "limit")] int? Limit) : IPageQuery;
