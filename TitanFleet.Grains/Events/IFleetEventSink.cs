namespace TitanFleet.Grains.Events;

/// <summary>
/// Receives every call's events on the silo that publishes them, before the dashboards are told:
/// the event history and the notifications are sinks. A sink that fails is logged and does not
/// stop the others or the push, because the change the events describe is already durable.
/// </summary>
public interface IFleetEventSink
{
    Task OnPublishedAsync(IReadOnlyList<FleetEvent> events);
}
