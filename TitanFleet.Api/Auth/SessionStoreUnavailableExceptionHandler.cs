using Microsoft.AspNetCore.Diagnostics;
using TitanFleet.Api.Problems;

namespace TitanFleet.Api.Auth;

/// <summary>
/// Sessions that cannot be read or changed make the service unavailable: a cookie that cannot be
/// checked is neither valid nor refused, so answer 503 with Retry-After rather than 500 (a bug) or
/// 401 (which would send the user to sign in again for an outage).
/// </summary>
public sealed class SessionStoreUnavailableExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken) =>
        exception is SessionStoreUnavailableException
        && await ServiceUnavailableProblem.WriteAsync(problems, context, exception,
            "Sign-in sessions are unavailable", "Your sign-in session could not be checked or changed. Retry shortly.");
}
