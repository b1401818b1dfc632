using Microsoft.Extensions.Options;

namespace TitanFleet.Silo.Database;

public sealed class EventRetentionOptionsValidator : IValidateOptions<EventRetentionOptions>
{
    public const int MaxRetentionMonths = 120;

    public ValidateOptionsResult Validate(string? name, EventRetentionOptions options) =>
        options.RetentionMonths is < 2 or > MaxRetentionMonths
            ? ValidateOptionsResult.Fail($"{EventRetentionOptions.Section}:{nameof(options.RetentionMonths)} must be between 2 and {MaxRetentionMonths} months.")
            : ValidateOptionsResult.Success;
}
