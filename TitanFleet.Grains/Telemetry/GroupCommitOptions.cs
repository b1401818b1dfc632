namespace TitanFleet.Grains.Telemetry;

public sealed class GroupCommitOptions
{
    public const string Section = "GroupCommit";

    /// <summary>Most positions written by one group commit; larger groups wait for the next one.</summary>
    public int MaxBatchPositions { get; set; } = 5_000;

    /// <summary>Commits in flight at once, each on its own connection.</summary>
    public int Writers { get; set; } = 2;

    /// <summary>
    /// Groups of at least this many positions are written with binary COPY (two round trips of their own,
    /// cheapest per row); smaller ones with one INSERT sent in the batch that takes the rollup locks.
    /// </summary>
    public int CopyMinPositions { get; set; } = 128;

    /// <summary>
    /// Prepare the group's statements on each connection (PostgreSQL then neither parses nor plans them per
    /// group); off only to measure what it saves.
    /// </summary>
    public bool PrepareStatements { get; set; } = true;

    /// <summary>Requests queued before callers wait (back-pressure instead of unbounded memory).</summary>
    public int QueueCapacity { get; set; } = 20_000;
}
