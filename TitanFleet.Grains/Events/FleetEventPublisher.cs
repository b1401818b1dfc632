using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TitanFleet.Grains.Geofences;

namespace TitanFleet.Grains.Events;

/// <summary>
/// Queues each call's events for the silo's <see cref="FleetEventWriter"/>, which stores them in groups
/// and then pushes them to every silo's dashboards (one one-way message per silo), unlike vehicle
/// positions, which are coalesced: events are rare and each one matters.
/// </summary>
public sealed partial class FleetEventPublisher(
    FleetEventWriter writer,
    IOptions<FleetEventOptions> options,
    ILogger<FleetEventPublisher> logger) : IFleetEventPublisher
{
    public async Task PublishAsync(params FleetEvent[] events)
    {
        if (events.Length == 0) return;
        var pending = new PendingEvents(events);
        try
        {
            await writer.QueueAsync(pending, CancellationToken.None);
            await pending.Committed.Task;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogPublishFailed(exception, Types(events), events[0].CompanyId);
        }
    }

    public async Task<Task> HandOffAsync(FleetEvent[] events, GeofenceOccupancyChange[]? occupancy = null)
    {
        if (events.Length == 0 && occupancy is not { Length: > 0 }) return Task.CompletedTask;
        var pending = new PendingEvents(events, occupancy);
        if (writer.TryQueue(pending)) return pending.Committed.Task;
        using var wait = new CancellationTokenSource(options.Value.HandOffWait);
        try
        {
            await writer.QueueAsync(pending, wait.Token);
        }
        catch (OperationCanceledException) when (wait.IsCancellationRequested)
        {
            FleetEventMetrics.RecordQueueFull();
            throw new EventQueueFullException($"The event queue stayed full for {options.Value.HandOffWait}; the events wait for the vehicle's next ping.");
        }
        return pending.Committed.Task;
    }

    private static string Types(FleetEvent[] events) => string.Join(", ", events.Select(e => e.Type).Distinct());

    [LoggerMessage(Level = LogLevel.Error, Message = "Fleet events {Types} of company {CompanyId} could not be stored or told")]
    private partial void LogPublishFailed(Exception exception, string types, Guid companyId);
}
