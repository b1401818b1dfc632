namespace TitanFleet.Grains.Events;

/// <summary>
/// Hears of every group of events the silo's <see cref="FleetEventWriter"/> has stored, before the
/// dashboards are told (the dashboard figures are one). A sink that fails is logged and does not stop
/// the others or the push, because the events are already durable.
/// </summary>
public interface IFleetEventSink
{
    Task OnPublishedAsync(IReadOnlyList<FleetEvent> events);
}
