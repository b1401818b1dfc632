namespace TitanFleet.Api.Audit;

/// <summary>The audit list's query string: newest first; every filter optional; <c>from</c> inclusive, <c>to</c> exclusive.</summary>
public sealed record AuditLogQuery(
    DateTimeOffset? From,
    DateTimeOffset? To,
    Guid? UserId,
    string? Action,
    string? EntityType,
    Guid? EntityId,
    string? Cursor,
    int? Limit);
