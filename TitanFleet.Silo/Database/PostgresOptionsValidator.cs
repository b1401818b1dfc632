using Microsoft.Extensions.Options;

namespace TitanFleet.Silo.Database;

public sealed class PostgresOptionsValidator : IValidateOptions<PostgresOptions>
{
    public ValidateOptionsResult Validate(string? name, PostgresOptions options)
    {
        var failures = new List<string>();
        if (options.MaxPoolSize < 1) failures.Add($"{PostgresOptions.Section}:{nameof(options.MaxPoolSize)} must be at least 1.");
        if (options.MinPoolSize < 0 || options.MinPoolSize > options.MaxPoolSize)
            failures.Add($"{PostgresOptions.Section}:{nameof(options.MinPoolSize)} must be between 0 and {nameof(options.MaxPoolSize)}.");
        if (options.ConnectionIdleLifetimeSeconds < 1) failures.Add($"{PostgresOptions.Section}:{nameof(options.ConnectionIdleLifetimeSeconds)} must be at least 1.");
        if (options.ConnectTimeoutSeconds < 1) failures.Add($"{PostgresOptions.Section}:{nameof(options.ConnectTimeoutSeconds)} must be at least 1.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
