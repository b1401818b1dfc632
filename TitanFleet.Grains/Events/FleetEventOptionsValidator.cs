using Microsoft.Extensions.Options;

namespace TitanFleet.Grains.Events;

public sealed class FleetEventOptionsValidator : IValidateOptions<FleetEventOptions>
{
    public ValidateOptionsResult Validate(string? name, FleetEventOptions options)
    {
        var failures = new List<string>();
        if (options.MaxGroupEvents < 1)
            failures.Add($"{FleetEventOptions.Section}:{nameof(options.MaxGroupEvents)} must be at least 1.");
        if (options.QueueCapacity < 1)
            failures.Add($"{FleetEventOptions.Section}:{nameof(options.QueueCapacity)} must be at least 1.");
        if (options.HandOffWait < TimeSpan.Zero || options.HandOffWait > TimeSpan.FromMinutes(1))
            failures.Add($"{FleetEventOptions.Section}:{nameof(options.HandOffWait)} must be between 00:00:00 and 00:01:00.");
        if (options.GroupLinger < TimeSpan.Zero || options.GroupLinger > TimeSpan.FromSeconds(1))
            failures.Add($"{FleetEventOptions.Section}:{nameof(options.GroupLinger)} must be between 00:00:00 and 00:00:01.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
