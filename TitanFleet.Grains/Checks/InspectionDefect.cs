namespace TitanFleet.Grains.Checks;

/// <summary>A defect a check raised, by the item that failed.</summary>
public sealed record InspectionDefect(Guid Id, string ItemCode, string Severity);
