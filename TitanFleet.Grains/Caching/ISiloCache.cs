namespace TitanFleet.Grains.Caching;

/// <summary>A per-silo cache of records that a write elsewhere in the cluster can make stale.</summary>
public interface ISiloCache
{
    string Region { get; }

    void Invalidate(Guid id);
}
