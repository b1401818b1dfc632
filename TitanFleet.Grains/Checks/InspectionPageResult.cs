namespace TitanFleet.Grains.Checks;

/// <summary>One page of checks and the cursor of the next page (null on the last one).</summary>
public sealed record InspectionPageResult(IReadOnlyList<InspectionRecord> Items, InspectionCursor? Next);
