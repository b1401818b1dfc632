using Microsoft.Extensions.Logging;
using TitanFleet.Grains.Push;

namespace TitanFleet.Grains.Events;

/// <summary>
/// Hands each call's events to every registered <see cref="IFleetEventSink"/>, then sends them straight
/// to every silo's push observer (one one-way message per silo), unlike vehicle positions, which are
/// coalesced: events are rare and each one matters.
/// </summary>
public sealed partial class FleetEventPublisher(
    PushSubscribers subscribers,
    IEnumerable<IFleetEventSink> sinks,
    ILogger<FleetEventPublisher> logger) : IFleetEventPublisher
{
    private readonly IFleetEventSink[] _sinks = [.. sinks];

    public async Task PublishAsync(params FleetEvent[] events)
    {
        if (events.Length == 0) return;
        foreach (var sink in _sinks)
        {
            try
            {
                await sink.OnPublishedAsync(events);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogSinkFailed(exception, sink.GetType().Name, Types(events), events[0].CompanyId);
            }
        }
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
            LogPublishFailed(exception, Types(events), events[0].CompanyId);
        }
    }

    private static string Types(FleetEvent[] events) => string.Join(", ", events.Select(e => e.Type));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fleet events {Types} of company {CompanyId} could not be pushed to the dashboards")]
    private partial void LogPublishFailed(Exception exception, string types, Guid companyId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Event sink {Sink} failed on fleet events {Types} of company {CompanyId}")]
    private partial void LogSinkFailed(Exception exception, string sink, string types, Guid companyId);
}
