using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace TitanFleet.Api.Auth;

/// <summary>
/// Login attempts per client address and normalised email. Keyed on both so users behind one
/// ingress or NAT do not share a bucket, and an attacker guessing one user's password from their own
/// address cannot lock that user out from theirs. The rate-limiting middleware cannot key on the
/// email (its partitioner runs before the body is read), so the login handler asks this limiter
/// once the request is bound and validated.
/// </summary>
public sealed class LoginRateLimiter(IOptions<LoginRateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<LoginAttempt> _limiter = PartitionedRateLimiter.Create<LoginAttempt, LoginAttempt>(
        attempt => RateLimitPartition.GetFixedWindowLimiter(attempt, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.PermitLimit,
            Window = options.Value.Window,
            QueueLimit = 0,
        }));

    /// <summary>Takes one attempt from the address's and email's budget; the lease says whether it was granted and when to retry.</summary>
    public RateLimitLease Acquire(IPAddress? address, string email) =>
        _limiter.AttemptAcquire(new LoginAttempt(address?.ToString() ?? "unknown", LoginEmail.Normalize(email)));

    public void Dispose() => _limiter.Dispose();
}
