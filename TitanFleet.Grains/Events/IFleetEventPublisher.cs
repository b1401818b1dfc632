namespace TitanFleet.Grains.Events;

/// <summary>
/// Tells every silo's dashboards of the event's company about it, in the order published from one
/// caller. Publish after the change is durable: a failure to tell is logged, never thrown, because
/// the change itself has already happened.
/// </summary>
public interface IFleetEventPublisher
{
    Task PublishAsync(FleetEvent fleetEvent);
}
