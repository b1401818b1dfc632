using Microsoft.Extensions.Options;

namespace TitanFleet.Api.Users;

public sealed class UserSetupOptionsValidator : IValidateOptions<UserSetupOptions>
{
    private static readonly TimeSpan Shortest = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Longest = TimeSpan.FromDays(30);

    public ValidateOptionsResult Validate(string? name, UserSetupOptions options) =>
        options.SetupLinkLifetime >= Shortest && options.SetupLinkLifetime <= Longest
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{UserSetupOptions.Section}:{nameof(UserSetupOptions.SetupLinkLifetime)} must be between {Shortest} and {Longest} (is {options.SetupLinkLifetime}).");
}
