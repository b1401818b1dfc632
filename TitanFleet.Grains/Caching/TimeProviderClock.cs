using Microsoft.Extensions.Internal;

namespace TitanFleet.Grains.Caching;

/// <summary>Lets a <see cref="BoundedSiloCache{TKey, TValue}"/> expire on the host's clock, so tests can move it.</summary>
internal sealed class TimeProviderClock(TimeProvider time) : ISystemClock
{
    public DateTimeOffset UtcNow => time.GetUtcNow();
}
