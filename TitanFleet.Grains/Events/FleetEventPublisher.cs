using Microsoft.Extensions.Logging;
using TitanFleet.Grains.Push;

namespace TitanFleet.Grains.Events;

/// <summary>
/// Sends each event straight to every silo's push observer (one one-way message per silo), unlike
/// vehicle positions, which are coalesced: events are rare and each one matters.
/// </summary>
public sealed partial class FleetEventPublisher(PushSubscribers subscribers, ILogger<FleetEventPublisher> logger) : IFleetEventPublisher
{
    public async Task PublishAsync(FleetEvent fleetEvent)
    {
        try
        {
            foreach (var subscriber in await subscribers.GetAsync())
            {
                await subscriber.OnFleetEvent(fleetEvent);
            }
            PushMetrics.RecordEvent(fleetEvent.Type);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogPublishFailed(exception, fleetEvent.Type, fleetEvent.CompanyId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fleet event {Type} of company {CompanyId} could not be pushed to the dashboards")]
    private partial void LogPublishFailed(Exception exception, string type, Guid companyId);
}
