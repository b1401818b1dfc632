using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TitanFleet.Api.Devices;

namespace TitanFleet.Api.Auth;

/// <summary>Authenticates a device by <c>Authorization: Bearer tfd_…</c> (or <c>X-Device-Token</c>).</summary>
public sealed class DeviceTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IDeviceStore devices) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "DeviceToken";
    public const string HeaderName = "X-Device-Token";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = ReadToken();
        if (token is null) return AuthenticateResult.NoResult();
        if (!DeviceToken.TryParse(token, out var deviceId, out var secret)) return AuthenticateResult.Fail("Malformed device token");

        var device = await devices.FindByIdAsync(deviceId, Context.RequestAborted);
        if (device is null || !DeviceToken.Matches(secret, device.TokenSha256)) return AuthenticateResult.Fail("Unknown device token");

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, device.Id.ToString()),
                new Claim(ClaimTypes.Role, Roles.Device),
                new Claim(FleetClaims.CompanyId, device.CompanyId.ToString()),
                new Claim(FleetClaims.VehicleId, device.VehicleId.ToString()),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    private string? ReadToken()
    {
        if (Request.Headers.TryGetValue(HeaderName, out var header) && !string.IsNullOrWhiteSpace(header)) return header.ToString().Trim();
        var authorization = Request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : null;
    }
}
