using Microsoft.AspNetCore.Connections;

namespace TitanFleet.Api.Observability;

/// <summary>
/// Errors that are the client's doing or part of normal operation, kept out of error tracking:
/// anything answered with a 4xx (validation, auth, 429 rate limits), requests the framework could
/// not bind, and clients that went away mid-request.
/// </summary>
public static class ExpectedErrors
{
    public static bool IsExpected(Exception? exception, HttpContext? context)
    {
        if (context is { Response.StatusCode: >= 400 and < 500 }) return true;
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case BadHttpRequestException:
                case ConnectionResetException:
                case OperationCanceledException when context?.RequestAborted.IsCancellationRequested == true:
                case IOException when context?.RequestAborted.IsCancellationRequested == true:
                    return true;
            }
        }
        return false;
    }
}
