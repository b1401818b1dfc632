using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using TitanFleet.Api.Auth;
using TitanFleet.Api.OpenApi;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api.OpenApi;

/// <summary>The document the real silo serves, checked against the endpoints the same silo actually mapped.</summary>
[Collection(InProcessSiloCollection.Name)]
public sealed partial class OpenApiDocumentTests(InProcessSiloFixture silo)
{
    private const string OsmAndEndpointPath = TitanFleet.Api.OsmAnd.OsmAndEndpoints.Path;

    [Fact]
    public async Task Document_ServedAtApiDocsJson_ParsesAsOpenApi3WithoutErrors()
    {
        var (document, json) = await FetchAsync();

        Assert.StartsWith("{\n  \"openapi\": \"3.", json.Replace("\r", ""));
        var errors = document.Validate(ValidationRuleSet.GetDefaultRuleSet())?.ToList() ?? [];
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(error => $"{error.Pointer}: {error.Message}")));
    }

    [Fact]
    public async Task Document_EveryMappedEndpoint_IsDescribedWithSummaryAndErrorResponses()
    {
        var (document, _) = await FetchAsync();
        var mapped = MappedOperations();
        Assert.NotEmpty(mapped);

        var missing = new List<string>();
        foreach (var (method, path) in mapped)
        {
            if (document.Paths.TryGetValue(path, out var item) && item.Operations?.TryGetValue(HttpMethod.Parse(method), out var operation) == true)
            {
                if (string.IsNullOrWhiteSpace(operation.Summary)) missing.Add($"{method} {path}: no summary");
                if (operation.Responses is null || !operation.Responses.Keys.Any(code => code.StartsWith('2'))) missing.Add($"{method} {path}: no success response");
            }
            else
            {
                missing.Add($"{method} {path}: not in the document");
            }
        }
        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public async Task Document_ApiOperations_DeclareProblemResponsesAndSecurity()
    {
        var (document, _) = await FetchAsync();

        var live = document.Paths["/api/vehicles/{vehicleId}/live"].Operations![HttpMethod.Get];
        Assert.Equal(["401", "403", "404", "500"], live.Responses!.Keys.Where(code => code[0] is '4' or '5').Order());
        Assert.Contains(ProblemResponsesOperationFilter.ProblemContentType, live.Responses["404"].Content!.Keys);
        Assert.Equal(FleetSecuritySchemes.Cookie, Assert.Single(Assert.Single(live.Security!).Keys).Reference.Id);

        var post = document.Paths["/api/locations"].Operations![HttpMethod.Post];
        Assert.Equal(
            [FleetSecuritySchemes.Cookie, FleetSecuritySchemes.DeviceBearer, FleetSecuritySchemes.DeviceHeader],
            post.Security!.Select(requirement => Assert.Single(requirement.Keys).Reference.Id));
        Assert.Contains("413", post.Responses!.Keys);
        Assert.Contains("HttpValidationProblemDetails", SchemaId(post.Responses["400"].Content!.Values.Single().Schema));

        var login = document.Paths["/api/auth/login"].Operations![HttpMethod.Post];
        Assert.Equal(["400", "401", "429", "500", "503"], login.Responses!.Keys.Where(code => code[0] is '4' or '5').Order());
        Assert.NotNull(login.Security);
        Assert.Empty(login.Security);
    }

    [Fact]
    public async Task Document_EveryOperation_HasUniqueOperationIdTagsAndExplicitSecurity()
    {
        var (document, _) = await FetchAsync();
        var operations = document.Paths.SelectMany(path => path.Value.Operations!.Select(operation => (Name: $"{operation.Key} {path.Key}", Operation: operation.Value))).ToList();

        var missing = operations
            .Where(entry => string.IsNullOrEmpty(entry.Operation.OperationId) || entry.Operation.Tags is not { Count: > 0 } || entry.Operation.Security is null)
            .Select(entry => entry.Name);
        Assert.Empty(missing);
        Assert.Empty(operations.GroupBy(entry => entry.Operation.OperationId).Where(group => group.Count() > 1).Select(group => group.Key));
        Assert.Equal(["OsmAndLocationGet", "OsmAndLocationPost"], document.Paths[OsmAndEndpointPath].Operations!.Values.Select(operation => operation.OperationId).Order());
        var live = document.Paths["/api/live"].Operations![HttpMethod.Get];
        Assert.Equal("GetLive", live.OperationId);
        Assert.Empty(live.Security!);
        Assert.Equal(TagDescriptionsDocumentFilter.Descriptions["Probes"], document.Tags!.Single(tag => tag.Name == "Probes").Description);
    }

    [Fact]
    public async Task Document_EveryJsonBodyAndProblem_HasAnExample()
    {
        var (document, _) = await FetchAsync();

        var missing = new List<string>();
        foreach (var (path, item) in document.Paths)
        {
            foreach (var (method, operation) in item.Operations!)
            {
                var bodies = (operation.RequestBody?.Content ?? new Dictionary<string, IOpenApiMediaType>()).Select(content => ("request", content.Key, content.Value))
                    .Concat(operation.Responses!.Where(response => response.Key[0] is '2' or '4').SelectMany(response =>
                        (response.Value.Content ?? new Dictionary<string, IOpenApiMediaType>()).Select(content => (response.Key, content.Key, content.Value))));
                foreach (var (body, contentType, media) in bodies)
                {
                    if (contentType.EndsWith("json", StringComparison.Ordinal) && !HasExample(media.Schema))
                        missing.Add($"{method} {path} {body} {contentType}");
                }
            }
        }
        Assert.Empty(missing);
        Assert.Equal("moving", Example(document.Components!.Schemas!["VehicleSnapshot"])!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Document_SchemesServersAndHubContract_AreDescribed()
    {
        var (document, json) = await FetchAsync();

        var cookie = document.Components!.SecuritySchemes![FleetSecuritySchemes.Cookie];
        Assert.Equal((SecuritySchemeType.ApiKey, ParameterLocation.Cookie, AuthServiceCollectionExtensions.CookieName), (cookie.Type!.Value, cookie.In!.Value, cookie.Name));
        var bearer = document.Components.SecuritySchemes[FleetSecuritySchemes.DeviceBearer];
        Assert.Equal((SecuritySchemeType.Http, "bearer"), (bearer.Type!.Value, bearer.Scheme));
        Assert.Equal(3, document.Servers!.Count);

        var snapshot = document.Components.Schemas!["VehicleSnapshot"];
        Assert.Equal("uuid", snapshot.Properties!["vehicleId"].Format);
        Assert.Equal("date-time", snapshot.Properties["fixTime"].Format);
        Assert.Contains("\"moving\"", json);
        Assert.DoesNotContain("\"additionalProperties\": false", json);
        Assert.Contains("VehiclesUpdated(VehicleSnapshot[] vehicles)", document.Info.Description);
        Assert.Contains("GetSnapshot()", document.Info.Description);
        Assert.Contains(document.Tags!, tag => tag.Name == FleetHubDocumentFilter.Tag && tag.Description!.Contains("/hubs/fleet"));
    }

    [Fact]
    public async Task Ui_GetApiDocs_ServesTheInteractivePage()
    {
        using var client = new HttpClient { BaseAddress = silo.BaseAddress };
        using var response = await client.GetAsync("/api-docs/index.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<(OpenApiDocument Document, string Json)> FetchAsync()
    {
        using var client = new HttpClient { BaseAddress = silo.BaseAddress };
        var json = await client.GetStringAsync(FleetOpenApi.DocumentPath);
        var (document, diagnostic) = OpenApiDocument.Parse(json, "json");
        Assert.True(diagnostic!.Errors.Count == 0, string.Join(Environment.NewLine, diagnostic.Errors.Select(error => $"{error.Pointer}: {error.Message}")));
        return (document!, json);
    }

    /// <summary>(method, OpenAPI path) for every route the silo mapped, except the SignalR hub (described in prose) and the document itself.</summary>
    private List<(string Method, string Path)> MappedOperations()
    {
        var endpoints = silo.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        return [.. endpoints
            .Where(endpoint => endpoint.Metadata.GetMetadata<HubMetadata>() is null)
            .Where(endpoint => endpoint.RoutePattern.RawText != "/{documentName}.json")
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get])
                .Select(method => (method, ToOpenApiPath(endpoint.RoutePattern.RawText!))))
            .Distinct()];
    }

    private static string ToOpenApiPath(string pattern)
    {
        var path = "/" + RouteConstraint().Replace(pattern, "{$1}").Trim('/');
        return path;
    }

    private static bool HasExample(IOpenApiSchema? schema) => schema switch
    {
        null => false,
        _ when Example(schema) is not null => true,
        { Type: { } type, Items: { } items } when type.HasFlag(JsonSchemaType.Array) => HasExample(items),
        _ => false,
    };

    // An OpenAPI 3.0 document carries one "example" per schema, which the reader keeps in the obsolete Example property.
#pragma warning disable CS0618
    private static System.Text.Json.Nodes.JsonNode? Example(IOpenApiSchema schema) => schema.Examples?.FirstOrDefault() ?? schema.Example;
#pragma warning restore CS0618

    private static string SchemaId(IOpenApiSchema? schema) => schema is OpenApiSchemaReference reference ? reference.Reference.Id ?? "" : "";

    [GeneratedRegex(@"\{([A-Za-z0-9_]+)(?::[^}]*)?\}")]
    private static partial Regex RouteConstraint();
}
