using Microsoft.Extensions.Options;

namespace TitanFleet.Grains.Caching;

public sealed class SiloCacheOptionsValidator : IValidateOptions<SiloCacheOptions>
{
    public ValidateOptionsResult Validate(string? name, SiloCacheOptions options)
    {
        var failures = new List<string>();
        if (options.SizeLimit < 1) failures.Add($"{SiloCacheOptions.Section}:{nameof(options.SizeLimit)} must be at least 1.");
        if (options.MaxAge <= TimeSpan.Zero) failures.Add($"{SiloCacheOptions.Section}:{nameof(options.MaxAge)} must be a positive time span.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
