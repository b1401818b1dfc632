using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace TitanFleet.Api.Problems;

/// <summary>
/// Bodies the framework throws on rather than reporting as a bad request: a JSON body in a charset
/// .NET does not know (InvalidOperationException) and a form past the framework's limits of 1,024
/// fields or 2,048-character keys (InvalidDataException). Both are 400s naming what to fix.
/// </summary>
public sealed class MalformedBodyExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public const string FormTooLarge = "The form has too many fields or a key that is too long.";

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var errors = exception switch
        {
            InvalidOperationException when RequestCharset.FindUnknown(context.Request) is { } charset =>
                new Dictionary<string, string[]> { ["Content-Type"] = [$"Unknown charset '{charset}'."] },
            InvalidDataException when context.Request.HasFormContentType =>
                new Dictionary<string, string[]> { ["body"] = [FormTooLarge] },
            _ => null,
        };
        if (errors is null) return false;

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ValidationProblemDetails(errors) { Status = StatusCodes.Status400BadRequest },
        });
    }
}
