using Microsoft.AspNetCore.Authorization;

namespace TitanFleet.Api.OpenApi;

/// <summary>The authorization policies an endpoint's metadata demands; none when it allows anonymous callers.</summary>
public static class EndpointAuthorization
{
    public static IReadOnlyList<AuthorizationPolicy> Policies(IEnumerable<object> metadata, AuthorizationOptions options)
    {
        var items = metadata.ToList();
        if (items.OfType<IAllowAnonymous>().Any()) return [];
        var policies = items.OfType<AuthorizationPolicy>().ToList();
        foreach (var data in items.OfType<IAuthorizeData>())
        {
            var policy = data.Policy is { } name ? options.GetPolicy(name) : options.DefaultPolicy;
            if (policy is not null) policies.Add(policy);
        }
        return policies;
    }
}
