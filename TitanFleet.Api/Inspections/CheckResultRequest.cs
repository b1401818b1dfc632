namespace TitanFleet.Api.Inspections;

/// <summary>One item's result: pass, fail (a note required; severity defaults to the item's) or na; photos are files uploaded for the vehicle first.</summary>
public sealed record CheckResultRequest(string? ItemCode, string? Result, string? Note, string? Severity, IReadOnlyList<Guid>? PhotoFileIds);
