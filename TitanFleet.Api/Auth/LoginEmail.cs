namespace TitanFleet.Api.Auth;

/// <summary>One normal form of a sign-in email, shared by the user lookup and the login limiter so both see the same user.</summary>
public static class LoginEmail
{
    public static string Normalize(string email) => email.Trim().ToLowerInvariant();
}
