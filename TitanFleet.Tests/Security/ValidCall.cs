using System.Text;

namespace TitanFleet.Tests.Security;

/// <summary>Sends an operation's valid request (from its <see cref="OperationRule"/>) as a caller, naming an owner company's records.</summary>
public static class ValidCall
{
    public static FuzzCase Build(Operation operation, OperationRule rule, RequestContext context)
    {
        var valid = rule.Valid(context);
        var path = operation.RouteParameters.Aggregate(operation.Route,
            (route, name) => route.Replace("{" + name + "}", Uri.EscapeDataString(rule.Route[name].ValueFor(context)), StringComparison.Ordinal));
        var method = new HttpMethod(operation.Method == Operation.AnyMethod ? rule.ValidMethod : operation.Method);
        var (body, contentType) = valid.Json is null ? (valid.Body, valid.ContentType) : (Encoding.UTF8.GetBytes(valid.Json.ToJsonString()), "application/json");
        return new FuzzCase(operation.Key, "valid", method, path + (valid.Query.Length > 0 ? "?" + valid.Query : ""), body, contentType);
    }

    /// <summary>Route parameters the table does not say how to fill: the operation cannot be tested until it does.</summary>
    public static IEnumerable<string> UnmappedRouteParameters(Operation operation, OperationRule rule) =>
        operation.RouteParameters.Where(name => !rule.Route.ContainsKey(name)).Select(name => $"{operation.Key}: route value '{name}'");

    public static bool Succeeded(OperationRule rule, int status) => rule.AllowedStatus is { } expected ? status == expected : status is >= 200 and < 300;

    /// <summary>Anonymous callers must be challenged (401), signed-in users refused (403); a device token on a cookie-only endpoint is not even read, so 401 or 403.</summary>
    public static bool Denied(CallerRole role, int status) => role switch
    {
        CallerRole.Anonymous => status == 401,
        CallerRole.Device => status is 401 or 403,
        _ => status == 403,
    };
}
