namespace TitanFleet.Grains.Caching;

/// <summary>"Forget what you cached about this record": a region (one per cache) and the record's id.</summary>
[GenerateSerializer, Immutable]
public sealed record CacheInvalidation(
    [property: Id(0)] string Region,
    [property: Id(1)] Guid Id);
