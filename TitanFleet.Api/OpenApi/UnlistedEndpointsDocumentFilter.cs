using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.SignalR;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace TitanFleet.Api.OpenApi;

/// <summary>
/// Endpoints mapped with a plain request delegate (health probes, the metrics scrape) are invisible
/// to ApiExplorer. Each one that carries a summary is described here from its own metadata: path,
/// methods, tags, summary, security and the responses it declares.
/// </summary>
public sealed class UnlistedEndpointsDocumentFilter(EndpointDataSource endpoints, OperationSecurity security) : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        foreach (var endpoint in endpoints.Endpoints.OfType<RouteEndpoint>())
        {
            var metadata = endpoint.Metadata;
            if (metadata.GetMetadata<MethodInfo>() is not null) continue; // a route handler: ApiExplorer describes it
            if (metadata.GetMetadata<HubMetadata>() is not null) continue; // SignalR: described in the document description
            if (metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is { ExcludeFromDescription: true }) continue;
            if (metadata.GetMetadata<IEndpointSummaryMetadata>() is not { } summary) continue;

            var path = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            document.Paths ??= [];
            if (!document.Paths.TryGetValue(path, out var item)) document.Paths[path] = item = new OpenApiPathItem();
            var pathItem = (OpenApiPathItem)item;
            var tags = metadata.GetMetadata<ITagsMetadata>()?.Tags ?? [];
            foreach (var method in metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get])
            {
                var operation = new OpenApiOperation
                {
                    Summary = summary.Summary,
                    OperationId = metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName,
                    Tags = new HashSet<OpenApiTagReference>(tags.Select(tag => new OpenApiTagReference(tag, document))),
                    Responses = [],
                };
                foreach (var produces in metadata.OfType<IProducesResponseTypeMetadata>())
                    operation.Responses[produces.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)] = Response(produces, context);
                security.Describe(operation, metadata, document);
                pathItem.AddOperation(HttpMethod.Parse(method), operation);
            }
            foreach (var tag in tags) EnsureTag(document, tag);
        }
    }

    private static OpenApiResponse Response(IProducesResponseTypeMetadata produces, DocumentFilterContext context)
    {
        var schema = produces.Type is null || produces.Type == typeof(void) ? null
            : produces.Type == typeof(string) ? new OpenApiSchema { Type = JsonSchemaType.String }
            : context.SchemaGenerator.GenerateSchema(produces.Type, context.SchemaRepository);
        var contentTypes = produces.ContentTypes.DefaultIfEmpty("application/json");
        return new OpenApiResponse
        {
            Description = ProblemResponsesOperationFilter.Describe(produces.StatusCode),
            Content = schema is null ? null : contentTypes.ToDictionary(type => type, IOpenApiMediaType (_) => new OpenApiMediaType { Schema = schema }),
        };
    }

    internal static void EnsureTag(OpenApiDocument document, string name, string? description = null)
    {
        document.Tags ??= new HashSet<OpenApiTag>();
        if (document.Tags.FirstOrDefault(tag => tag.Name == name) is { } existing)
        {
            existing.Description ??= description;
            return;
        }
        document.Tags.Add(new OpenApiTag { Name = name, Description = description });
    }
}
