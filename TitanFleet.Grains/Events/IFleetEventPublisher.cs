namespace TitanFleet.Grains.Events;

/// <summary>
/// Tells every silo's dashboards of the events' company about them. The events of one call travel
/// as one message, so they arrive in the order given on every silo; separate calls carry no order
/// between them across silos (messages between silos may overtake each other), so publish what
/// belongs together in one call. Publish after the change is durable: a failure to tell is logged,
/// never thrown, because the change itself has already happened.
/// </summary>
public interface IFleetEventPublisher
{
    Task PublishAsync(params FleetEvent[] events);
}
