using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace TitanFleet.Api.Auth;

public static class UserPrincipal
{
    public static ClaimsPrincipal Create(UserAccount account, Guid sessionId) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, account.Id.ToString()),
                new Claim(ClaimTypes.Name, account.Email),
                new Claim(ClaimTypes.Role, account.Role),
                new Claim(FleetClaims.CompanyId, account.CompanyId.ToString()),
                new Claim(FleetClaims.SessionId, sessionId.ToString()),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme));
}
