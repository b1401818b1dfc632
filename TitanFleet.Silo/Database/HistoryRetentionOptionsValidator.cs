using Microsoft.Extensions.Options;

namespace TitanFleet.Silo.Database;

public sealed class HistoryRetentionOptionsValidator : IValidateOptions<HistoryRetentionOptions>
{
    public const int MaxRetentionMonths = 120;

    public ValidateOptionsResult Validate(string? name, HistoryRetentionOptions options) =>
        options.RetentionMonths is < 2 or > MaxRetentionMonths
            ? ValidateOptionsResult.Fail($"{HistoryRetentionOptions.Section}:{nameof(options.RetentionMonths)} must be between 2 and {MaxRetentionMonths} months.")
            : ValidateOptionsResult.Success;
}
