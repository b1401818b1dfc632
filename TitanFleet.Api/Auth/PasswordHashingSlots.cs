using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace TitanFleet.Api.Auth;

/// <summary>
/// Bounds the password hashes and verifications computed at once (login, set-up link, a user
/// created with a password). The hash keeps its full cost; what is bounded is how much of the CPU
/// it may take, so a burst of logins waits in a short queue while positions and dashboards keep
/// their latency, and past the queue, or after <see cref="PasswordHashingOptions.MaxQueueWait"/> in
/// it, a login is told to come back rather than wait without end.
/// </summary>
public sealed class PasswordHashingSlots(IOptions<PasswordHashingOptions> options, TimeProvider time) : IDisposable
{
    private const int RetryAfterSeconds = 1;

    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.Value.ConcurrencyLimit,
        QueueLimit = options.Value.QueueLimit,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>
    /// Waits for a slot; an unacquired lease means the queue was full or the wait ran past its bound
    /// (answer <see cref="Busy"/>).
    /// </summary>
    public async ValueTask<RateLimitLease> AcquireAsync(CancellationToken cancellationToken)
    {
        var lease = _limiter.AttemptAcquire();
        if (lease.IsAcquired) return lease;
        lease.Dispose();
        using var waitBound = new CancellationTokenSource(options.Value.MaxQueueWait, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, waitBound.Token);
        try
        {
            return await _limiter.AcquireAsync(1, either.Token);
        }
        catch (OperationCanceledException) when (waitBound.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return WaitedTooLong.Lease;
        }
    }

    public static ProblemHttpResult Busy(HttpContext context)
    {
        context.Response.Headers.RetryAfter = $"{RetryAfterSeconds}";
        return TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Too many sign-ins at once",
            detail: "The server is checking as many passwords as it can. Nothing was changed. Retry shortly.");
    }

    public void Dispose() => _limiter.Dispose();

    private sealed class WaitedTooLong : RateLimitLease
    {
        public static readonly WaitedTooLong Lease = new();

        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
