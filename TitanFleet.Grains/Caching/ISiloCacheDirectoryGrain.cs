namespace TitanFleet.Grains.Caching;

/// <summary>The silos' cache observers. Silos renew their entry every few seconds; a silo that stops renewing expires.</summary>
public interface ISiloCacheDirectoryGrain : IGrainWithIntegerKey
{
    Task Subscribe(ISiloCacheObserver observer);

    Task Unsubscribe(ISiloCacheObserver observer);

    Task<ISiloCacheObserver[]> GetSubscribers();
}
