using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace TitanFleet.Api.Auth;

/// <summary>
/// Bounds the password hashes and verifications computed at once (login, set-up link, a user
/// created with a password). The hash keeps its full cost; what is bounded is how much of the CPU
/// it may take, so a burst of logins waits in a short queue while positions and dashboards keep
/// their latency, and past the queue a login is told to come back rather than queue without end.
/// </summary>
public sealed class PasswordHashingSlots(IOptions<PasswordHashingOptions> options) : IDisposable
{
    private const int RetryAfterSeconds = 1;

    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.Value.ConcurrencyLimit,
        QueueLimit = options.Value.QueueLimit,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>Waits for a slot; an unacquired lease means the queue is full (answer <see cref="Busy"/>).</summary>
    public ValueTask<RateLimitLease> AcquireAsync(CancellationToken cancellationToken) => _limiter.AcquireAsync(1, cancellationToken);

    public static ProblemHttpResult Busy(HttpContext context)
    {
        context.Response.Headers.RetryAfter = $"{RetryAfterSeconds}";
        return TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Too many sign-ins at once",
            detail: "The server is checking as many passwords as it can. Nothing was changed. Retry shortly.");
    }

    public void Dispose() => _limiter.Dispose();
}
