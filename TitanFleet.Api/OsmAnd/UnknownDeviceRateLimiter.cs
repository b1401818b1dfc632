using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using TitanFleet.Api.Locations;

namespace TitanFleet.Api.OsmAnd;

/// <summary>
/// Counts OsmAnd requests with an unknown device id per client address (a fixed window in the
/// framework's partitioned limiter). Once an address has used its window, every OsmAnd request
/// from it answers 429 until the window ends, known id or not, so guessing learns nothing more.
/// </summary>
public sealed class UnknownDeviceRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<IPAddress> _limiter;

    public UnknownDeviceRateLimiter(IOptions<IngestionOptions> options)
    {
        var window = new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.UnknownDevicePermits,
            Window = options.Value.UnknownDeviceWindow,
            QueueLimit = 0,
            AutoReplenishment = false,
        };
        _limiter = PartitionedRateLimiter.Create<IPAddress, IPAddress>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ => window));
    }

    /// <summary>A lease that is not acquired when the address has no unknown-id attempts left; takes none.</summary>
    public RateLimitLease Check(IPAddress address) => _limiter.AttemptAcquire(address, permitCount: 0);

    /// <summary>Records one unknown-id attempt.</summary>
    public RateLimitLease CountUnknown(IPAddress address) => _limiter.AttemptAcquire(address);

    public void Dispose() => _limiter.Dispose();
}
