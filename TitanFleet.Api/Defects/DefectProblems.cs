using Microsoft.AspNetCore.Http.HttpResults;
using TitanFleet.Api.Problems;
using TitanFleet.Grains.Defects;

namespace TitanFleet.Api.Defects;

/// <summary>The defects API's refusals, each problem+json naming the field the client should look at.</summary>
public static class DefectProblems
{
    /// <summary>The update was based on an older version: the client re-reads (the current version is in the body and ETag) and retries.</summary>
    public static ProblemHttpResult Stale(DefectRecord current, HttpResponse response) =>
        ConflictProblems.Stale(current.Version, "The defect was changed by someone else since you read it.", response);

    /// <summary>The status flow refuses the move; the current status and version come back so the client can re-read.</summary>
    public static ProblemHttpResult StatusRefused(DefectRecord current, string message) => ConflictProblems.Conflict("status", message,
        new Dictionary<string, object?> { ["currentStatus"] = current.Status, ["currentVersion"] = current.Version });

    public static ValidationProblem Field(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
