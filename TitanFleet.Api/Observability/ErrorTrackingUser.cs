using System.Security.Claims;
using Sentry;
using TitanFleet.Api.Auth;

namespace TitanFleet.Api.Observability;

/// <summary>Who an error happened to: a signed-in user (id, email, role, company) or a device.</summary>
public static class ErrorTrackingUser
{
    public static SentryUser From(ClaimsPrincipal principal)
    {
        var role = principal.FindFirstValue(ClaimTypes.Role);
        var name = principal.FindFirstValue(ClaimTypes.Name);
        var user = new SentryUser
        {
            Id = principal.FindFirstValue(ClaimTypes.NameIdentifier),
            Email = name is not null && name.Contains('@') ? name : null,
            Username = role == Roles.Device ? $"device:{principal.FindFirstValue(ClaimTypes.NameIdentifier)}" : name,
        };
        if (role is not null) user.Other["role"] = role;
        if (principal.FindFirstValue(FleetClaims.CompanyId) is { } companyId) user.Other["company_id"] = companyId;
        return user;
    }
}
