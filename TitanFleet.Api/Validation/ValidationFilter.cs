using System.Text.Json;
using FluentValidation;

namespace TitanFleet.Api.Validation;

/// <summary>
/// Runs the request's validator before the handler and answers 400 problem+json naming each bad
/// field (camelCase, as the JSON and query names are). Every resource validates this way, so a
/// handler only ever sees a valid request.
/// </summary>
public sealed class ValidationFilter<T>(IValidator<T> validator) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.Arguments.OfType<T>().FirstOrDefault();
        if (request is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["A request body is required."] });

        var result = await validator.ValidateAsync(request, context.HttpContext.RequestAborted);
        if (result.IsValid) return await next(context);
        return TypedResults.ValidationProblem(result.Errors
            .GroupBy(error => FieldName(error.PropertyName), StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(error => error.ErrorMessage).Distinct().ToArray(), StringComparer.Ordinal));
    }

    private static string FieldName(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
