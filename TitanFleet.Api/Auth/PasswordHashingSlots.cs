using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace TitanFleet.Api.Auth;

/// <summary>
/// Bounds the password hashes and verifications computed at once (login, set-up link, a user
/// created with a password). The hash keeps its full cost; what is bounded is how much of the CPU
/// it may take, so a burst of logins waits in a short queue while positions and dashboards keep
/// their latency. A request is queued only if its turn can come within
/// <see cref="PasswordHashingOptions.MaxQueueWait"/> at the pace slots have been freeing up; past
/// that, or past the queue limit, it is told at once to come back, rather than holding its client
/// for the whole bound and being refused then.
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

    /// <summary>Recent time a slot was held (the user look-up and the hash), in ticks; 0 until one has been measured.</summary>
    private long _typicalHoldTicks;

    /// <summary>
    /// Waits for a slot; an unacquired lease means the queue was full, the wait could not end within
    /// its bound, or ran past it (answer <see cref="Busy"/>).
    /// </summary>
    public async ValueTask<RateLimitLease> AcquireAsync(CancellationToken cancellationToken)
    {
        var lease = _limiter.AttemptAcquire();
        if (lease.IsAcquired) return new TimedLease(this, lease, time.GetTimestamp());
        lease.Dispose();
        var ahead = _limiter.GetStatistics()?.CurrentQueuedCount ?? 0;
        if (ExpectedWait(ahead + 1) > options.Value.MaxQueueWait) return Refused.Lease;

        using var waitBound = new CancellationTokenSource(options.Value.MaxQueueWait, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, waitBound.Token);
        try
        {
            var queued = await _limiter.AcquireAsync(1, either.Token);
            return queued.IsAcquired ? new TimedLease(this, queued, time.GetTimestamp()) : queued;
        }
        catch (OperationCanceledException) when (waitBound.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return Refused.Lease;
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

    /// <summary>The wait of the request <paramref name="position"/>-th in line: a slot frees up every hold time per slot.</summary>
    private TimeSpan ExpectedWait(long position)
    {
        var slots = options.Value.ConcurrencyLimit;
        var rounds = (position + slots - 1) / slots;
        return TimeSpan.FromTicks(Interlocked.Read(ref _typicalHoldTicks) * rounds);
    }

    private void Released(long acquiredAt)
    {
        var held = time.GetElapsedTime(acquiredAt);
        // A moving average over the last few holds follows a machine that slows down under load;
        // two slots finishing at once may lose one sample, which an average does not miss.
        var typical = Interlocked.Read(ref _typicalHoldTicks);
        Interlocked.Exchange(ref _typicalHoldTicks, typical == 0 ? held.Ticks : typical + (held.Ticks - typical) / 4);
    }

    /// <summary>A granted slot that reports how long it was held when released.</summary>
    private sealed class TimedLease(PasswordHashingSlots slots, RateLimitLease inner, long acquiredAt) : RateLimitLease
    {
        private bool _released;

        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => inner.MetadataNames;

        public override bool TryGetMetadata(string metadataName, out object? metadata) => inner.TryGetMetadata(metadataName, out metadata);

        protected override void Dispose(bool disposing)
        {
            if (_released) return;
            _released = true;
            slots.Released(acquiredAt);
            inner.Dispose();
        }
    }

    private sealed class Refused : RateLimitLease
    {
        public static readonly Refused Lease = new();

        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
