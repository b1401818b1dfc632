using Microsoft.Extensions.Options;

namespace TitanFleet.Silo.Database;

public sealed class RetentionOptionsValidator : IValidateOptions<RetentionOptions>
{
    public ValidateOptionsResult Validate(string? name, RetentionOptions options)
    {
        if (PartitionedTable.Find(name) is not { } table) return ValidateOptionsResult.Skip;
        return options.RetentionMonths < table.MinimumRetentionMonths || options.RetentionMonths > PartitionedTable.MaxRetentionMonths
            ? ValidateOptionsResult.Fail($"{table.Section}:{nameof(options.RetentionMonths)} must be between {table.MinimumRetentionMonths} and {PartitionedTable.MaxRetentionMonths} months.")
            : ValidateOptionsResult.Success;
    }
}
