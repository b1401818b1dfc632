namespace TitanFleet.Grains.Telemetry;

/// <summary>One caller's positions waiting for the next group commit, and the promise it awaits.</summary>
internal sealed class PendingAppend(IReadOnlyList<PositionReport> positions)
{
    public IReadOnlyList<PositionReport> Positions { get; } = positions;

    public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
