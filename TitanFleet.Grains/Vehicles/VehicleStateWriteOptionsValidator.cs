using Microsoft.Extensions.Options;

namespace TitanFleet.Grains.Vehicles;

public sealed class VehicleStateWriteOptionsValidator : IValidateOptions<VehicleStateWriteOptions>
{
    public ValidateOptionsResult Validate(string? name, VehicleStateWriteOptions options)
    {
        var failures = new List<string>();
        if (options.MaxGroupRows < 1)
            failures.Add($"{VehicleStateWriteOptions.Section}:{nameof(options.MaxGroupRows)} must be at least 1.");
        if (options.QueueCapacity < options.MaxGroupRows)
            failures.Add($"{VehicleStateWriteOptions.Section}:{nameof(options.QueueCapacity)} must be at least {VehicleStateWriteOptions.Section}:{nameof(options.MaxGroupRows)}.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
