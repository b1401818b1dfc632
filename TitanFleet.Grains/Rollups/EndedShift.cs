namespace TitanFleet.Grains.Rollups;

/// <summary>An ended shift (its timesheet's interval) whose driver's days a history commit recounts.</summary>
public readonly record struct EndedShift(Guid Company, Guid Driver, DateTimeOffset StartedAt, DateTimeOffset EndedAt);
