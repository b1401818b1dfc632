namespace TitanFleet.Grains.Shifts;

/// <summary>An open dangerous defect that keeps a vehicle off the road, as a refused shift start lists it.</summary>
public sealed record OpenDefect(Guid Id, string Category, string Description);
