using System.Text.Json;

namespace TitanFleet.Api.Audit;

/// <summary>
/// One audit entry. <see cref="Changes"/> maps each changed field to <c>{ "before": ..., "after": ... }</c>
/// (before is null on create); secrets are never recorded.
/// </summary>
public sealed record AuditLogEntryResponse(
    long Id,
    Guid? UserId,
    string Action,
    string EntityType,
    Guid EntityId,
    JsonElement Changes,
    DateTimeOffset OccurredAt,
    string? RequestId,
    string? ClientAddress);
