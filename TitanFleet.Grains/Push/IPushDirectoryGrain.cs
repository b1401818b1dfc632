namespace TitanFleet.Grains.Push;

/// <summary>
/// The list of silos' push observers. Off the hot path: silos renew their entry and read the list
/// every few seconds; entries of silos that stop renewing expire.
/// </summary>
public interface IPushDirectoryGrain : IGrainWithIntegerKey
{
    Task Subscribe(IFleetPushObserver observer);

    Task Unsubscribe(IFleetPushObserver observer);

    Task<IFleetPushObserver[]> GetSubscribers();
}
