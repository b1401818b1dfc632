namespace TitanFleet.Grains.Events;

public sealed class FleetEventOptions
{
    public const string Section = "FleetEvents";

    /// <summary>Most events one group writes (events, notifications and rollup counts in one transaction); the rest wait for the next group.</summary>
    public int MaxGroupEvents { get; set; } = 2_000;

    /// <summary>Publishing calls queued before publishers wait for room: memory stays bounded when PostgreSQL falls behind.</summary>
    public int QueueCapacity { get; set; } = 20_000;

    /// <summary>
    /// Longest a ping waits for room in a full queue before it is answered 503 with Retry-After (its
    /// fixes are stored; the vehicle keeps the events and hands them over with its next ping).
    /// </summary>
    public TimeSpan HandOffWait { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long the writer lets a group gather once an event is waiting, before writing it: each group is
    /// one transaction (and one WAL flush, and one round of rollup locks the history writer also takes),
    /// so a burst written in fewer, larger groups costs PostgreSQL less; every event reaches the
    /// dashboards this much later. Zero writes whatever is queued at once. The default, 100 ms, took the
    /// ingestion ratio with every event on from 0.853 to 0.957 in one quiet A/B (BENCHMARKS.md, issue 11).
    /// </summary>
    public TimeSpan GroupLinger { get; set; } = TimeSpan.FromMilliseconds(100);
}
