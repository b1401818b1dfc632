using System.Security.Claims;

namespace TitanFleet.Api.Auth;

public static class FleetClaims
{
    public const string CompanyId = "titanfleet:company";
    public const string VehicleId = "titanfleet:vehicle";
    public const string SessionId = "titanfleet:session";

    public static Guid GetCompanyId(this ClaimsPrincipal principal) =>
        Guid.Parse(principal.FindFirstValue(CompanyId) ?? throw new InvalidOperationException("Principal has no company claim"));

    public static Guid GetSubjectId(this ClaimsPrincipal principal) =>
        Guid.Parse(principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Principal has no subject claim"));

    /// <summary>The vehicle a device principal is bound to; null for users.</summary>
    public static Guid? GetBoundVehicleId(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(VehicleId) is { } value ? Guid.Parse(value) : null;

    /// <summary>The server-side session a cookie principal belongs to; null for devices and for cookies issued before sessions existed.</summary>
    public static Guid? GetSessionId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(SessionId), out var value) ? value : null;
}
