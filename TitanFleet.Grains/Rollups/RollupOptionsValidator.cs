using Microsoft.Extensions.Options;

namespace TitanFleet.Grains.Rollups;

public sealed class RollupOptionsValidator : IValidateOptions<RollupOptions>
{
    public ValidateOptionsResult Validate(string? name, RollupOptions options)
    {
        if (options.MaxGap <= TimeSpan.Zero || options.MaxGap > TimeSpan.FromHours(6))
            return ValidateOptionsResult.Fail($"{RollupOptions.Section}:{nameof(options.MaxGap)} must be between 00:00:01 and 06:00:00.");
        if (!double.IsFinite(options.MovingSpeedKmh) || options.MovingSpeedKmh <= 0 || options.MovingSpeedKmh > 50)
            return ValidateOptionsResult.Fail($"{RollupOptions.Section}:{nameof(options.MovingSpeedKmh)} must be above 0 and at most 50 km/h.");
        return ValidateOptionsResult.Success;
    }
}
