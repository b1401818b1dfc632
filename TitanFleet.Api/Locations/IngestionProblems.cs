using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace TitanFleet.Api.Locations;

/// <summary>The refusals every ingestion endpoint shares, as problem+json.</summary>
public static class IngestionProblems
{
    public static ProblemHttpResult TooManyRequests(HttpContext context, RateLimitLease lease, string detail)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(title: "Too many requests", detail: detail, statusCode: StatusCodes.Status429TooManyRequests);
    }

    /// <summary>The fixes are stored, but the silo's event queue stayed full: the device slows down and its resend is stored once.</summary>
    public static ProblemHttpResult EventsBehind(HttpContext context)
    {
        context.Response.Headers.RetryAfter = "1";
        return TypedResults.Problem(
            title: "Service busy",
            detail: "The position was stored, but the server is behind on writing live events. Send again after the Retry-After delay; a resend is stored once.",
            statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    public static ProblemHttpResult FixConflict() => TypedResults.Problem(
        title: "Conflicting fix",
        detail: "A stored fix has the same vehicle, source and timestamp but a different position. Nothing of this request was stored.",
        statusCode: StatusCodes.Status409Conflict);
}
