using Microsoft.Extensions.Options;

namespace TitanFleet.Api.Locations;

public sealed class IngestionOptionsValidator : IValidateOptions<IngestionOptions>
{
    public ValidateOptionsResult Validate(string? name, IngestionOptions options)
    {
        var failures = new List<string>();
        void Require(bool valid, string setting, string rule)
        {
            if (!valid) failures.Add($"{IngestionOptions.Section}:{setting} {rule}.");
        }
        Require(options.MaxBatchSize > 0, nameof(options.MaxBatchSize), "must be at least 1");
        Require(options.MaxSingleBodyBytes > 0, nameof(options.MaxSingleBodyBytes), "must be at least 1");
        Require(options.MaxBatchBodyBytes > 0, nameof(options.MaxBatchBodyBytes), "must be at least 1");
        Require(options.DeviceFixPermits > 0, nameof(options.DeviceFixPermits), "must be at least 1");
        Require(options.DeviceFixPeriod > TimeSpan.Zero, nameof(options.DeviceFixPeriod), "must be positive");
        Require(options.DeviceFixBurst >= options.DeviceFixPermits, nameof(options.DeviceFixBurst), "must be at least DeviceFixPermits");
        Require(options.UnknownDevicePermits > 0, nameof(options.UnknownDevicePermits), "must be at least 1");
        Require(options.UnknownDeviceWindow > TimeSpan.Zero, nameof(options.UnknownDeviceWindow), "must be positive");
        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }
}
