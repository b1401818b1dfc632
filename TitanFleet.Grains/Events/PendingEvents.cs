namespace TitanFleet.Grains.Events;

/// <summary>One publishing call's events waiting for the silo's next event group, and the promise its publisher may await.</summary>
public sealed class PendingEvents(FleetEvent[] events)
{
    public FleetEvent[] Events { get; } = events;

    /// <summary>Completes once the group holding these events has committed (events, notifications, rollup counts) and been pushed.</summary>
    public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
