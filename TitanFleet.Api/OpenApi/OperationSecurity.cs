using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace TitanFleet.Api.OpenApi;

/// <summary>
/// An operation's security, derived from the endpoint's real authorization metadata (policies, their
/// authentication schemes and roles), so the document cannot drift from what is enforced. The
/// document declares no global security, so an anonymous operation says so with an empty list
/// (<c>security: []</c>) rather than leaving readers and linters to guess.
/// </summary>
public sealed class OperationSecurity(IOptions<AuthorizationOptions> authorization, IOptions<AuthenticationOptions> authentication)
{
    public void Describe(OpenApiOperation operation, IEnumerable<object> metadata, OpenApiDocument document)
    {
        var policies = EndpointAuthorization.Policies(metadata, authorization.Value);
        if (policies.Count == 0)
        {
            operation.Security = [];
            return;
        }

        var defaultScheme = authentication.Value.DefaultAuthenticateScheme ?? authentication.Value.DefaultScheme;
        var schemes = policies.SelectMany(policy => policy.AuthenticationSchemes).Distinct().ToList();
        if (schemes.Count == 0 && defaultScheme is not null) schemes.Add(defaultScheme);
        operation.Security = [.. schemes.SelectMany(FleetSecuritySchemes.For).Select(id => new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(id, document)] = [],
        })];

        var roles = policies.SelectMany(policy => policy.Requirements.OfType<RolesAuthorizationRequirement>()).SelectMany(r => r.AllowedRoles).Distinct().ToList();
        if (roles.Count > 0)
            operation.Description = $"{operation.Description}\n\nRoles allowed: {string.Join(", ", roles)}.".TrimStart();
    }
}
