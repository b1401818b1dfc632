namespace TitanFleet.Grains.Hours;

/// <summary>A log entry clipped to the time it really covers: no overlap with the next, nothing after now.</summary>
internal readonly record struct TimelineEntry(ActivityKind Kind, DateTimeOffset Start, DateTimeOffset End);
