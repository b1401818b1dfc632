using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace TitanFleet.Api.Shifts;

/// <summary>The refusals of the shift and timesheet endpoints, as problem+json naming the field.</summary>
public static class ShiftProblems
{
    /// <summary>A signed-in driver posting positions they may not post (not on shift, or for another vehicle than their shift's).</summary>
    public static ProblemHttpResult Forbidden(string field, string message)
    {
        var problem = new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "Forbidden", Detail = message };
        problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [message] };
        return TypedResults.Problem(problem);
    }
}
