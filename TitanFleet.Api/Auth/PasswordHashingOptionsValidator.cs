using Microsoft.Extensions.Options;

namespace TitanFleet.Api.Auth;

public sealed class PasswordHashingOptionsValidator : IValidateOptions<PasswordHashingOptions>
{
    public ValidateOptionsResult Validate(string? name, PasswordHashingOptions options)
    {
        var failures = new List<string>();
        if (options.ConcurrencyLimit < 1) failures.Add($"{PasswordHashingOptions.Section}:{nameof(options.ConcurrencyLimit)} must be at least 1.");
        if (options.QueueLimit < 0) failures.Add($"{PasswordHashingOptions.Section}:{nameof(options.QueueLimit)} must be 0 or more.");
        if (options.MaxQueueWait <= TimeSpan.Zero) failures.Add($"{PasswordHashingOptions.Section}:{nameof(options.MaxQueueWait)} must be more than zero.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
