using Microsoft.Extensions.Options;
using TitanFleet.Silo.Demo;

namespace TitanFleet.Silo.Options;

public sealed class DemoOptionsValidator : IValidateOptions<DemoOptions>
{
    /// <summary>Demo fleets past 999 vehicles number their ids with six digits (DemoFleet); nothing fits past that.</summary>
    public const int MaxVehicles = 999_999;

    public ValidateOptionsResult Validate(string? name, DemoOptions options)
    {
        var failures = new List<string>();
        if (options.Vehicles is < 1 or > MaxVehicles)
            failures.Add($"{DemoOptions.Section}:{nameof(options.Vehicles)} must be between 1 and {MaxVehicles}.");
        // Shift driver i drives vehicle i.
        if (options.Drivers < 0 || options.Drivers > options.Vehicles)
            failures.Add($"{DemoOptions.Section}:{nameof(options.Drivers)} must be between 0 and {DemoOptions.Section}:{nameof(options.Vehicles)}.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
