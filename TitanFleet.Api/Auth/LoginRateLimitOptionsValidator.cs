using Microsoft.Extensions.Options;

namespace TitanFleet.Api.Auth;

public sealed class LoginRateLimitOptionsValidator : IValidateOptions<LoginRateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, LoginRateLimitOptions options)
    {
        var failures = new List<string>();
        if (options.PermitLimit < 1) failures.Add($"{LoginRateLimitOptions.Section}:{nameof(options.PermitLimit)} must be at least 1.");
        if (options.Window <= TimeSpan.Zero) failures.Add($"{LoginRateLimitOptions.Section}:{nameof(options.Window)} must be a positive time span.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
