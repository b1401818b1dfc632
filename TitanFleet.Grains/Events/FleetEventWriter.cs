using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using TitanFleet.Grains.Geofences;
using TitanFleet.Grains.Notifications;
using TitanFleet.Grains.Push;
using TitanFleet.Grains.Rollups;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Events;

/// <summary>
/// Writes the silo's fleet events in groups, off the path of the calls that raise them: whatever is
/// queued when the writer comes round (up to <see cref="FleetEventOptions.MaxGroupEvents"/>) goes into
/// one transaction of one statement per table (the events, their notifications, the vehicles' geofence
/// occupancy, the rollups' recounted event counts), so a burst of events costs a few statements instead of several round trips per event.
/// Once it commits, the after-commit sinks hear of the events it stored and the dashboards and notified
/// people are told of them, then the publishers' promises complete. An event stored before (raised again
/// by a vehicle replaying history after its silo died) is neither told nor notified again: it fires once. One writer keeps the order events were queued in. It starts and
/// stops with the silo, draining what was queued (<see cref="GroupedWriter{T}"/>).
/// </summary>
public sealed partial class FleetEventWriter(
    NpgsqlDataSource dataSource,
    FleetEventHistory history,
    PostgresNotificationStore notificationStore,
    NotificationFanOut notifications,
    RollupEventCounts rollupCounts,
    PushSubscribers subscribers,
    IEnumerable<IFleetEventSink> sinks,
    IOptions<FleetEventOptions> options,
    ILogger<FleetEventWriter> logger) : GroupedWriter<PendingEvents>(options.Value.QueueCapacity)
{
    private readonly IFleetEventSink[] _sinks = [.. sinks];

    protected override int MaxGroupSize => options.Value.MaxGroupEvents;

    protected override TimeSpan Linger => options.Value.GroupLinger;

    protected override int SizeOf(PendingEvents pending) => pending.Events.Length;

    protected override void OnDrainAbandoned(int queued) => LogDrainAbandoned(queued);

    protected override async Task CommitAsync(List<PendingEvents> group)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        FleetEvent[] events = [.. group.SelectMany(pending => pending.Events)];
        GeofenceOccupancyChange[] occupancy = [.. group.SelectMany(pending => pending.Occupancy)];
        var companyId = events.Length > 0 ? events[0].CompanyId : occupancy[0].CompanyId;
        (FleetEvent[] Stored, IReadOnlyList<Notification> Notified) written;
        try
        {
            written = await WriteAsync(events, occupancy);
        }
        catch (Exception exception) when (group.Count > 1)
        {
            // One call's bad event must not sink the others queued with it: write each call on its own.
            LogGroupSplit(exception, group.Count, events.Length + occupancy.Length);
            foreach (var pending in group) await CommitAsync([pending]);
            return;
        }
        catch (NpgsqlException exception) when (!exception.IsTransient)
        {
            // Refused rather than unavailable, so writing again would be refused again. The change the
            // events describe is durable, so the dashboards are still told and the publisher moves on.
            LogGroupRefused(exception, events.Length, companyId);
            await AfterCommitAsync(events, []);
            foreach (var pending in group) pending.Committed.TrySetResult();
            return;
        }
        catch (Exception exception)
        {
            // Unavailable: the publisher learns it (a vehicle keeps its events and hands them over again).
            LogGroupFailed(exception, events.Length, companyId);
            foreach (var pending in group) pending.Committed.TrySetException(exception);
            return;
        }

        await AfterCommitAsync(written.Stored, written.Notified);
        foreach (var pending in group) pending.Committed.TrySetResult();
        FleetEventMetrics.RecordGroup(written.Stored.Length, System.Diagnostics.Stopwatch.GetElapsedTime(started));
    }

    private async Task<(FleetEvent[] Stored, IReadOnlyList<Notification> Notified)> WriteAsync(FleetEvent[] events, GeofenceOccupancyChange[] occupancy)
    {
        var deliveries = await notifications.DeliveriesAsync(events);
        var keys = await rollupCounts.KeysAsync(events);
        try
        {
            return await WriteOnceAsync(events, occupancy, deliveries, keys);
        }
        catch (PostgresException exception) when (MonthlyPartitions.IsMissingPartition(exception))
        {
            // An event timed outside the kept months (an old fix replayed, a far clock): make its month and write again.
            await history.EnsurePartitionsAsync(events);
            await notificationStore.EnsurePartitionsAsync(events, CancellationToken.None);
            return await WriteOnceAsync(events, occupancy, deliveries, keys);
        }
    }

    private async Task<(FleetEvent[] Stored, IReadOnlyList<Notification> Notified)> WriteOnceAsync(
        FleetEvent[] events, GeofenceOccupancyChange[] occupancy, List<(FleetEvent Event, Guid UserId)> deliveries, RollupEventKeys keys)
    {
        await using var connection = await dataSource.OpenConnectionAsync(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync(CancellationToken.None);
        var storedIds = events.Length > 0 ? await FleetEventHistory.InsertAsync(connection, transaction, events) : [];
        var written = await NotificationFanOut.WriteAsync(connection, transaction, deliveries);
        await PostgresGeofenceOccupancy.WriteAsync(connection, transaction, occupancy);
        // Last, so the rollup rows the history writer also locks are held only for the end of the transaction.
        await RollupEventCounts.WriteAsync(connection, transaction, keys);
        await transaction.CommitAsync(CancellationToken.None);
        // A group may hold the same event twice (handed over again after a failed write): tell it once.
        FleetEvent[] stored = [.. events.Where(e => storedIds.Remove(e.Id))];
        return (stored, written);
    }

    private async Task AfterCommitAsync(FleetEvent[] events, IReadOnlyList<Notification> written)
    {
        await notifications.PushAsync(written);
        if (events.Length == 0) return;
        foreach (var sink in _sinks)
        {
            try
            {
                await sink.OnPublishedAsync(events);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogSinkFailed(exception, sink.GetType().Name, events.Length);
            }
        }
        try
        {
            await subscribers.SendAsync(subscriber => subscriber.OnFleetEvents(events));
            foreach (var fleetEvent in events) PushMetrics.RecordEvent(fleetEvent.Type);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The events are stored: dashboards still list them on their next read.
            LogPushFailed(exception, events.Length);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A group of {Calls} publishing calls ({Events} events) failed; writing each call on its own")]
    private partial void LogGroupSplit(Exception exception, int calls, int events);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Events} fleet events of company {CompanyId} were refused by PostgreSQL; they are pushed but not stored")]
    private partial void LogGroupRefused(Exception exception, int events, Guid companyId);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Events} fleet events of company {CompanyId} could not be written")]
    private partial void LogGroupFailed(Exception exception, int events, Guid companyId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Event sink {Sink} failed on a group of {Events} stored fleet events")]
    private partial void LogSinkFailed(Exception exception, string sink, int events);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Events} stored fleet events could not be pushed to the dashboards")]
    private partial void LogPushFailed(Exception exception, int events);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Silo stop timed out with {Queued} publishing calls' events unwritten; vehicles derive theirs again from location history")]
    private partial void LogDrainAbandoned(int queued);
}
