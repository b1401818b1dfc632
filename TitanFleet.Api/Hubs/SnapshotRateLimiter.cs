using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using TitanFleet.Grains.Push;

namespace TitanFleet.Api.Hubs;

/// <summary>
/// A token bucket per connection for GetSnapshot, which reads every vehicle of the company: a client
/// calling it in a loop would otherwise cost the silo a whole fleet's grain calls per call.
/// </summary>
public sealed class SnapshotRateLimiter(IOptions<PushOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(connectionId =>
        RateLimitPartition.GetTokenBucketLimiter(connectionId, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.Value.SnapshotBurst,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = options.Value.SnapshotPeriod,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    public string RefusalMessage =>
        $"GetSnapshot is limited to {options.Value.SnapshotBurst} calls at once and one more every {options.Value.SnapshotPeriod.TotalSeconds:0.###} s per connection; try again later.";

    public bool TryAcquire(string connectionId)
    {
        using var lease = _limiter.AttemptAcquire(connectionId);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
