namespace TitanFleet.Grains.Checks;

/// <summary>Where a page of checks ended: newest first by submission time, then id (keyset pagination).</summary>
public sealed record InspectionCursor(DateTimeOffset SubmittedAt, Guid Id);
