namespace TitanFleet.Grains.Defects;

/// <summary>Where a page ended: its last row's report time (UTC ticks) and id (keyset, newest first).</summary>
public sealed record DefectCursor(long ReportedTicks, Guid Id);
