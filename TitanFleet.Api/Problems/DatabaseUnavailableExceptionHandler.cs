using Microsoft.AspNetCore.Diagnostics;
using Npgsql;

namespace TitanFleet.Api.Problems;

/// <summary>
/// A transient database failure (pool exhausted under overload, connection refused, timeout) is
/// the service being unavailable, not a bug: answer 503 with Retry-After so clients back off and
/// retry, and nothing was acknowledged. The failure is often wrapped on its way out: Orleans'
/// storage bridge wraps a failed state read in an OrleansException, so a grain that cannot
/// activate under pool exhaustion surfaces as the wrapper; the whole chain is searched.
/// </summary>
public sealed class DatabaseUnavailableExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken) =>
        IsTransientDatabaseFailure(exception)
        && await ServiceUnavailableProblem.WriteAsync(problems, context, exception, "The database is unavailable or overloaded", "Nothing was stored. Retry shortly.");

    public static bool IsTransientDatabaseFailure(Exception? exception) => exception switch
    {
        null => false,
        NpgsqlException { IsTransient: true } => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsTransientDatabaseFailure),
        _ => IsTransientDatabaseFailure(exception.InnerException),
    };
}
