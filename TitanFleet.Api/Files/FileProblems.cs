using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace TitanFleet.Api.Files;

/// <summary>Refusals of an upload that are not plain validation (413, 415), shaped like a validation problem so they name the field.</summary>
public static class FileProblems
{
    public static ProblemHttpResult Field(int status, string field, string message)
    {
        var problem = new ProblemDetails { Status = status, Title = "The file was refused.", Detail = message };
        problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [message] };
        return TypedResults.Problem(problem);
    }

    public static ProblemHttpResult TooLarge(long maxBytes) =>
        Field(StatusCodes.Status413PayloadTooLarge, "file", $"The file is larger than the limit of {maxBytes} bytes.");
}
