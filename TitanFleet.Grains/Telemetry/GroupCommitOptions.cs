namespace TitanFleet.Grains.Telemetry;

public sealed class GroupCommitOptions
{
    public const string Section = "GroupCommit";

    /// <summary>Most positions written by one group commit; larger groups wait for the next one.</summary>
    public int MaxBatchPositions { get; set; } = 5_000;

    /// <summary>Commits in flight at once, each on its own connection.</summary>
    public int Writers { get; set; } = 2;

    /// <summary>Requests queued before callers wait (back-pressure instead of unbounded memory).</summary>
    public int QueueCapacity { get; set; } = 20_000;
}
