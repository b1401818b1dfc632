namespace TitanFleet.Grains.Events;

/// <summary>Where a page of the event history ended: newest first by time, then by publication order (keyset pagination).</summary>
public sealed record FleetEventCursor(DateTimeOffset OccurredAt, long Seq);
