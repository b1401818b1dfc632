using System.Globalization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace TitanFleet.Api.OpenApi;

/// <summary>
/// Every operation gets a unique operationId, which client generators name their methods after.
/// An endpoint's name (WithName) is used as it is; an endpoint without one is named from its method
/// and path (GET /api/live: GetLive); one endpoint serving several methods under one name gets the
/// method appended to each (OsmAndLocationGet, OsmAndLocationPost).
/// </summary>
public sealed class OperationIdsDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var operations = (document.Paths ?? [])
            .SelectMany(path => path.Value.Operations?.Select(operation => (Path: path.Key, Method: operation.Key, Operation: operation.Value)) ?? [])
            .ToList();
        foreach (var (path, method, operation) in operations)
            operation.OperationId ??= Verb(method) + string.Concat(PathWords(path).Select(Pascal));
        foreach (var shared in operations.GroupBy(entry => entry.Operation.OperationId).Where(group => group.Count() > 1))
        {
            foreach (var (_, method, operation) in shared) operation.OperationId += Verb(method);
        }
    }

    private static IEnumerable<string> PathWords(string path) =>
        path.Split(['/', '-', '_', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Where(word => word != "api")
            .Select(word => word.Trim('{', '}'));

    private static string Verb(HttpMethod method) => Pascal(method.Method.ToLowerInvariant());

    private static string Pascal(string word) => word.Length == 0 ? word : char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..];
}
