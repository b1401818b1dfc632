using Microsoft.AspNetCore.Mvc;

namespace TitanFleet.Api.Problems;

/// <summary>
/// An outage answered as 503 with Retry-After: the client backs off and retries, where a 500 would
/// say the request itself is wrong and a 401 would send the user to sign in again.
/// </summary>
public static class ServiceUnavailableProblem
{
    public static ValueTask<bool> WriteAsync(IProblemDetailsService problems, HttpContext context, Exception exception, string title, string detail)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "1";
        return problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable, Title = title, Detail = detail },
        });
    }
}
