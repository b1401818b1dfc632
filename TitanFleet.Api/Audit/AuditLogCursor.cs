namespace TitanFleet.Api.Audit;

/// <summary>Where an audit page ended: entries are listed by id, newest first.</summary>
public sealed record AuditLogCursor(long BeforeId);
