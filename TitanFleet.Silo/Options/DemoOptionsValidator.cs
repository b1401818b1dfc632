using Microsoft.Extensions.Options;
using TitanFleet.Silo.Demo;

namespace TitanFleet.Silo.Options;

public sealed class DemoOptionsValidator : IValidateOptions<DemoOptions>
{
    /// <summary>Demo fleets past 999 vehicles number their ids with six digits (DemoFleet); nothing fits past that.</summary>
    public const int MaxVehicles = 999_999;

    public ValidateOptionsResult Validate(string? name, DemoOptions options) =>
        options.Vehicles is < 1 or > MaxVehicles
            ? ValidateOptionsResult.Fail($"{DemoOptions.Section}:{nameof(options.Vehicles)} must be between 1 and {MaxVehicles}.")
            : ValidateOptionsResult.Success;
}
