namespace TitanFleet.Grains.Checks;

/// <summary>One item's result as the driver posted it; <see cref="Severity"/> overrides the item's default for a fail.</summary>
public sealed record SubmittedCheckResult(string ItemCode, string Result, string? Note, string? Severity, IReadOnlyList<Guid> PhotoFileIds);
