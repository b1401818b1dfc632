namespace TitanFleet.Api.Users;

public sealed class UserSetupOptions
{
    public const string Section = "Users";

    /// <summary>How long a one-time set-up token stays usable.</summary>
    public TimeSpan SetupLinkLifetime { get; set; } = TimeSpan.FromDays(3);
}
