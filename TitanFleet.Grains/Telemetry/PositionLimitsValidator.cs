using Microsoft.Extensions.Options;

namespace TitanFleet.Grains.Telemetry;

public sealed class PositionLimitsValidator : IValidateOptions<PositionLimits>
{
    public ValidateOptionsResult Validate(string? name, PositionLimits options)
    {
        var failures = new List<string>();
        if (!double.IsFinite(options.MaxSpeedKmh) || options.MaxSpeedKmh <= 0)
            failures.Add($"{PositionLimits.Section}:MaxSpeedKmh must be a positive number of km/h.");
        if (options.MaxFutureSkew < TimeSpan.Zero)
            failures.Add($"{PositionLimits.Section}:MaxFutureSkew must not be negative.");
        if (options.MaxAge <= TimeSpan.Zero)
            failures.Add($"{PositionLimits.Section}:MaxAge must be positive.");
        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }
}
