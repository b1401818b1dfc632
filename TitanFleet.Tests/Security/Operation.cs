using System.Reflection;
using Microsoft.AspNetCore.Routing;

namespace TitanFleet.Tests.Security;

/// <summary>
/// One method on one route the silo mapped. <see cref="Key"/> ("GET /api/vehicles/{vehicleId}/live")
/// is how <see cref="OperationTable"/> names it: route constraints and trailing slashes dropped,
/// "ANY" for endpoints mapped without a method (health checks, metrics).
/// </summary>
public sealed record Operation(string Method, string Route, RouteEndpoint Endpoint, bool IsHubTransport)
{
    public const string AnyMethod = "ANY";

    public string Key => $"{Method} {Route}";

    public IReadOnlyList<string> RouteParameters => [.. Endpoint.RoutePattern.Parameters.Select(p => p.Name)];

    /// <summary>Methods the fuzz sends: an endpoint that takes any method gets both a read and a write.</summary>
    public IReadOnlyList<HttpMethod> FuzzMethods => Method == AnyMethod ? [HttpMethod.Get, HttpMethod.Post] : [new HttpMethod(Method)];

    /// <summary>Query-string inputs: the handler's simple parameters that are not route values (new endpoints get theirs fuzzed automatically).</summary>
    public IReadOnlyList<string> QueryParameters =>
        Endpoint.Metadata.OfType<MethodInfo>().FirstOrDefault() is { } handler
            ? [.. handler.GetParameters()
                .Where(p => IsSimple(p.ParameterType) && !RouteParameters.Contains(p.Name!, StringComparer.OrdinalIgnoreCase))
                .Select(p => p.Name!)]
            : [];

    public override string ToString() => Key;

    private static bool IsSimple(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive || underlying.IsEnum
            || underlying == typeof(string) || underlying == typeof(Guid) || underlying == typeof(decimal)
            || underlying == typeof(DateTime) || underlying == typeof(DateTimeOffset) || underlying == typeof(DateOnly) || underlying == typeof(TimeSpan);
    }
}
