using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace TitanFleet.Api.Problems;

/// <summary>
/// Turns a request the framework could not bind (malformed JSON, a number where a string belongs,
/// an oversized body) into problem+json that names the offending field.
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest) return false;

        context.Response.StatusCode = badRequest.StatusCode;
        var field = FindJsonException(badRequest) is { } json ? JsonErrorPath.ToField(json.Path) : BindingFailure.ParameterName(badRequest.Message);
        ProblemDetails problem = field is not null
            ? new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = ["The value is malformed or of the wrong type."] })
            {
                Status = badRequest.StatusCode,
                Title = "One or more validation errors occurred.",
            }
            : new ProblemDetails { Status = badRequest.StatusCode, Title = "Bad request", Detail = badRequest.Message };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    private static JsonException? FindJsonException(Exception exception)
    {
        for (var current = exception.InnerException; current is not null; current = current.InnerException)
        {
            if (current is JsonException json) return json;
        }
        return null;
    }
}
