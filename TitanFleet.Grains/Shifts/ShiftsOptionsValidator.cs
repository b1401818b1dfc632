using Microsoft.Extensions.Options;

namespace TitanFleet.Grains.Shifts;

public sealed class ShiftsOptionsValidator : IValidateOptions<ShiftsOptions>
{
    public static readonly TimeSpan MaxCheckReuseWindow = TimeSpan.FromHours(24);

    public ValidateOptionsResult Validate(string? name, ShiftsOptions options) =>
        options.CheckReuseWindow < TimeSpan.Zero || options.CheckReuseWindow > MaxCheckReuseWindow
            ? ValidateOptionsResult.Fail($"{ShiftsOptions.Section}:{nameof(options.CheckReuseWindow)} must be between 00:00:00 and 1.00:00:00 (a check is due every 24 h).")
            : ValidateOptionsResult.Success;
}
