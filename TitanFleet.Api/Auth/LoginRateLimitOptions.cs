namespace TitanFleet.Api.Auth;

public sealed class LoginRateLimitOptions
{
    public const string Section = "LoginRateLimit";

    /// <summary>
    /// Attempts allowed within <see cref="Window"/> for one pair of client address (the connection's
    /// remote address, as rewritten from forwarded headers of known proxies) and normalised email.
    /// </summary>
    public int PermitLimit { get; set; } = 10;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
