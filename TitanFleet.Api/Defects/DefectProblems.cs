using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TitanFleet.Grains.Defects;

namespace TitanFleet.Api.Defects;

/// <summary>The defects API's refusals, each problem+json naming the field the client should look at.</summary>
public static class DefectProblems
{
    /// <summary>The update was based on an older version: the client re-reads (the current version is in the body and ETag) and retries.</summary>
    public static ProblemHttpResult Stale(DefectRecord current, HttpResponse response)
    {
        response.Headers.ETag = ETag(current.Version);
        return Conflict("The defect was changed by someone else since you read it.", "version",
            new Dictionary<string, object?> { ["currentVersion"] = current.Version });
    }

    /// <summary>The status flow refuses the move; the current status and version come back so the client can re-read.</summary>
    public static ProblemHttpResult StatusRefused(DefectRecord current, string message) => Conflict(message, "status",
        new Dictionary<string, object?> { ["currentStatus"] = current.Status, ["currentVersion"] = current.Version });

    public static ValidationProblem Field(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    public static string ETag(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    private static ProblemHttpResult Conflict(string message, string field, Dictionary<string, object?> extensions)
    {
        var problem = new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Conflict", Detail = message };
        problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [message] };
        foreach (var (key, value) in extensions) problem.Extensions[key] = value;
        return TypedResults.Problem(problem);
    }
}
