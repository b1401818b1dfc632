using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace TitanFleet.Api.Users;

/// <summary>Refuses password rules no password could meet, at start-up, naming the setting.</summary>
public sealed class IdentityPasswordOptionsValidator : IValidateOptions<IdentityOptions>
{
    public ValidateOptionsResult Validate(string? name, IdentityOptions options)
    {
        var password = options.Password;
        if (password.RequiredLength < 1 || password.RequiredLength > PasswordRules.MaxLength)
            return ValidateOptionsResult.Fail($"Identity:Password:RequiredLength must be between 1 and {PasswordRules.MaxLength} (is {password.RequiredLength}).");
        if (password.RequiredUniqueChars < 0 || password.RequiredUniqueChars > password.RequiredLength)
            return ValidateOptionsResult.Fail($"Identity:Password:RequiredUniqueChars must be between 0 and Identity:Password:RequiredLength ({password.RequiredLength}) (is {password.RequiredUniqueChars}).");
        return ValidateOptionsResult.Success;
    }
}
