namespace TitanFleet.Grains.Events;

/// <summary>One page of stored events, newest first, and the cursor of the next page (null on the last one).</summary>
public sealed record FleetEventPage(IReadOnlyList<FleetEvent> Items, FleetEventCursor? Next);
