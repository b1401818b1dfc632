using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using TitanFleet.Api.Hubs;

namespace TitanFleet.Tests.Security;

/// <summary>What the running silo exposes, read from the silo itself so nobody has to remember to list a new endpoint or hub method.</summary>
public static partial class OperationCatalog
{
    public static IReadOnlyList<Operation> Operations(IServiceProvider services) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? methods : [Operation.AnyMethod])
                .Select(method => new Operation(method, Normalize(endpoint.RoutePattern.RawText!), endpoint, endpoint.Metadata.GetMetadata<HubMetadata>() is not null)))
            .DistinctBy(operation => operation.Key)
            .OrderBy(operation => operation.Route, StringComparer.Ordinal).ThenBy(operation => operation.Method, StringComparer.Ordinal)];

    /// <summary>Methods a dashboard can invoke on <see cref="FleetHub"/>: its own public instance methods.</summary>
    public static IReadOnlyList<MethodInfo> HubMethods() =>
        [.. typeof(FleetHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(method => !method.IsSpecialName && method.Name is not (nameof(Hub.OnConnectedAsync) or nameof(Hub.OnDisconnectedAsync) or nameof(IDisposable.Dispose)))
            .OrderBy(method => method.Name, StringComparer.Ordinal)];

    public static string Normalize(string pattern) => "/" + RouteConstraint().Replace(pattern, "{$1}").Trim('/');

    [GeneratedRegex(@"\{\**([A-Za-z0-9_]+)[^}]*\}")]
    private static partial Regex RouteConstraint();
}
