using Microsoft.Extensions.Logging;
using TitanFleet.Grains.Push;

namespace TitanFleet.Grains.Events;

/// <summary>
/// Sends each call's events straight to every silo's push observer (one one-way message per silo), unlike
/// vehicle positions, which are coalesced: events are rare and each one matters.
/// </summary>
public sealed partial class FleetEventPublisher(PushSubscribers subscribers, ILogger<FleetEventPublisher> logger) : IFleetEventPublisher
{
    public async Task PublishAsync(params FleetEvent[] events)
    {
        if (events.Length == 0) return;
        try
        {
            foreach (var subscriber in await subscribers.GetAsync())
            {
                await subscriber.OnFleetEvents(events);
            }
            foreach (var fleetEvent in events) PushMetrics.RecordEvent(fleetEvent.Type);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogPublishFailed(exception, string.Join(", ", events.Select(e => e.Type)), events[0].CompanyId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fleet events {Types} of company {CompanyId} could not be pushed to the dashboards")]
    private partial void LogPublishFailed(Exception exception, string types, Guid companyId);
}
