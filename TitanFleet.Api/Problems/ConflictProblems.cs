using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace TitanFleet.Api.Problems;

/// <summary>409 refusals as problem+json, each naming the field the client should look at (like a validation problem's errors).</summary>
public static class ConflictProblems
{
    public static ProblemHttpResult Conflict(string field, string message, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Conflict", Detail = message };
        problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [message] };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>()) problem.Extensions[key] = value;
        return TypedResults.Problem(problem);
    }

    /// <summary>The write was based on an older version: the client re-reads (the current version is in the body and ETag) and retries.</summary>
    public static ProblemHttpResult Stale(int currentVersion, string message, HttpResponse response)
    {
        response.Headers.ETag = VersionETag.Of(currentVersion);
        return Conflict("version", message, new Dictionary<string, object?> { ["currentVersion"] = currentVersion });
    }
}
