using Microsoft.Extensions.Options;
using TitanFleet.Grains.Caching;

namespace TitanFleet.Tests.Grains.Caching;

public sealed class BoundedSiloCacheTests
{
    [Fact]
    public void Set_InvalidatedWhileTheDatabaseWasRead_StaleAnswerNotKept()
    {
        using var cache = new BoundedSiloCache<Guid, string>(Options.Create(new SiloCacheOptions()));
        var id = Guid.NewGuid();
        var version = cache.Version;

        cache.Invalidate(id); // a write elsewhere commits and invalidates while the read is in flight
        cache.Set(id, "before the write", version);

        Assert.False(cache.TryGet(id, out _));
    }

    [Fact]
    public void Set_NoInvalidationMeanwhile_KeptUntilInvalidated()
    {
        using var cache = new BoundedSiloCache<Guid, string>(Options.Create(new SiloCacheOptions()));
        var id = Guid.NewGuid();

        cache.Set(id, "profile", cache.Version);
        var kept = cache.TryGet(id, out var value);
        cache.Invalidate(id);

        Assert.True(kept);
        Assert.Equal("profile", value);
        Assert.False(cache.TryGet(id, out _));
    }

    [Fact]
    public void Set_PastSizeLimit_EntryCountStaysBounded()
    {
        using var cache = new BoundedSiloCache<int, string>(Options.Create(new SiloCacheOptions { SizeLimit = 10 }));

        for (var i = 0; i < 100; i++) cache.Set(i, $"entry {i}", cache.Version);

        Assert.InRange(Enumerable.Range(0, 100).Count(i => cache.TryGet(i, out _)), 1, 10);
    }

    [Fact]
    public void Validate_ZeroSizeLimit_FailureNamesTheSetting()
    {
        var result = new SiloCacheOptionsValidator().Validate(null, new SiloCacheOptions { SizeLimit = 0 });

        Assert.Contains("SiloCache:SizeLimit", result.FailureMessage);
    }
}
