using Microsoft.Extensions.Options;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Silo.Options;

public sealed class VehicleLiveOptionsValidator : IValidateOptions<VehicleLiveOptions>
{
    public ValidateOptionsResult Validate(string? name, VehicleLiveOptions options)
    {
        var failures = new List<string>();
        if (options.OfflineAfter <= TimeSpan.Zero) failures.Add($"{VehicleLiveOptions.Section}:{nameof(options.OfflineAfter)} must be positive.");
        if (!double.IsFinite(options.MovingSpeedKmh) || options.MovingSpeedKmh < 0)
            failures.Add($"{VehicleLiveOptions.Section}:{nameof(options.MovingSpeedKmh)} must be a number of at least 0.");
        if (options.StoppedAfter < TimeSpan.Zero) failures.Add($"{VehicleLiveOptions.Section}:{nameof(options.StoppedAfter)} must not be negative.");
        // Zero would let one noisy fix fire an overspeed on its own.
        if (options.OverspeedMinDuration <= TimeSpan.Zero) failures.Add($"{VehicleLiveOptions.Section}:{nameof(options.OverspeedMinDuration)} must be positive.");
        if (options.OfflineSweepInterval <= TimeSpan.Zero) failures.Add($"{VehicleLiveOptions.Section}:{nameof(options.OfflineSweepInterval)} must be positive.");
        if (options.PersistInterval <= TimeSpan.Zero) failures.Add($"{VehicleLiveOptions.Section}:{nameof(options.PersistInterval)} must be positive.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
