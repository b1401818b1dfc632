namespace TitanFleet.Api.Auth;

public sealed class LoginRateLimitOptions
{
    public const string Section = "LoginRateLimit";

    /// <summary>Attempts allowed per client address and email within <see cref="Window"/>.</summary>
    public int PermitLimit { get; set; } = 10;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
