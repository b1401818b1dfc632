using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace TitanFleet.Api.OpenApi;

/// <summary>
/// Derives each operation's security from the endpoint's real authorization metadata (policies,
/// their authentication schemes and roles), so the document cannot drift from what is enforced.
/// </summary>
public sealed class SecurityRequirementsOperationFilter(IOptions<AuthorizationOptions> authorization, IOptions<AuthenticationOptions> authentication) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var policies = EndpointAuthorization.Policies(context.ApiDescription.ActionDescriptor.EndpointMetadata, authorization.Value);
        if (policies.Count == 0) return;

        var defaultScheme = authentication.Value.DefaultAuthenticateScheme ?? authentication.Value.DefaultScheme;
        var schemes = policies.SelectMany(policy => policy.AuthenticationSchemes).Distinct().ToList();
        if (schemes.Count == 0 && defaultScheme is not null) schemes.Add(defaultScheme);
        operation.Security = [.. schemes.SelectMany(FleetSecuritySchemes.For).Select(id => new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(id, context.Document)] = [],
        })];

        var roles = policies.SelectMany(policy => policy.Requirements.OfType<RolesAuthorizationRequirement>()).SelectMany(r => r.AllowedRoles).Distinct().ToList();
        if (roles.Count > 0)
            operation.Description = $"{operation.Description}\n\nRoles allowed: {string.Join(", ", roles)}.".TrimStart();
    }
}
