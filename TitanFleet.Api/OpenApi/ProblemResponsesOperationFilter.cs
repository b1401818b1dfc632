using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace TitanFleet.Api.OpenApi;

/// <summary>
/// The error responses the pipeline itself produces, added from each endpoint's metadata: every
/// error is problem+json (AddProblemDetails, UseStatusCodePages), bodies that cannot be bound are
/// 400 validation problems, size limits 413, authorization 401/403, rate limits 429, failures 500.
/// </summary>
public sealed class ProblemResponsesOperationFilter(IOptions<AuthorizationOptions> authorization) : IOperationFilter
{
    public const string ProblemContentType = "application/problem+json";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
        var validation = context.SchemaGenerator.GenerateSchema(typeof(HttpValidationProblemDetails), context.SchemaRepository);
        operation.Responses ??= [];

        // Declared without a body (NotFound, Unauthorized): UseStatusCodePages writes a problem for them.
        foreach (var (status, response) in operation.Responses)
        {
            if (int.TryParse(status, out var code) && code >= 400 && response is OpenApiResponse { Content: null or { Count: 0 } } bare)
                bare.Content = ProblemContent(code == 400 ? validation : problem);
        }

        if (context.ApiDescription.ParameterDescriptions.Any(p => p.Source == BindingSource.Body || p.Source == BindingSource.Form) || operation.RequestBody is not null)
            Add(operation, 400, validation, "The body could not be read: malformed JSON or a value of the wrong type (the field is named)");
        if (metadata.OfType<IRequestSizeLimitMetadata>().LastOrDefault() is { MaxRequestBodySize: { } limit })
            Add(operation, 413, problem, $"The body is larger than {limit:N0} bytes");
        if (EndpointAuthorization.Policies(metadata, authorization.Value).Count > 0)
        {
            Add(operation, 401, problem, "Not signed in, or the device token is unknown");
            Add(operation, 403, problem, "Signed in, but the role may not do this");
        }
        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
            Add(operation, 429, problem, "Too many attempts from this address; wait and retry");
        Add(operation, 500, problem, "Unexpected server error (reported to error tracking)");
    }

    private static void Add(OpenApiOperation operation, int status, IOpenApiSchema schema, string description)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.ContainsKey(key)) return;
        operation.Responses[key] = new OpenApiResponse { Description = description, Content = ProblemContent(schema) };
    }

    private static Dictionary<string, IOpenApiMediaType> ProblemContent(IOpenApiSchema schema) =>
        new() { [ProblemContentType] = new OpenApiMediaType { Schema = schema } };

    public static string Describe(int status) => ReasonPhrases.GetReasonPhrase(status);
}
