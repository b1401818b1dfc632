using TitanFleet.Api.Locations;
using TitanFleet.Grains.Telemetry;

namespace TitanFleet.Tests.Api;

public sealed class IngestionOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed()
    {
        Assert.True(new IngestionOptionsValidator().Validate(null, new IngestionOptions()).Succeeded);
        Assert.True(new PositionLimitsValidator().Validate(null, new PositionLimits()).Succeeded);
    }

    [Fact]
    public void Validate_ZeroFixRateAndBurstBelowIt_FailureNamesEachSetting()
    {
        var result = new IngestionOptionsValidator().Validate(null, new IngestionOptions { DeviceFixPermits = 0, DeviceFixBurst = -1, UnknownDeviceWindow = TimeSpan.Zero });

        Assert.True(result.Failed);
        Assert.Contains("Ingestion:DeviceFixPermits", result.FailureMessage);
        Assert.Contains("Ingestion:DeviceFixBurst", result.FailureMessage);
        Assert.Contains("Ingestion:UnknownDeviceWindow", result.FailureMessage);
    }

    [Fact]
    public void Validate_NonPositiveSpeedLimit_FailureNamesTheSetting()
    {
        var result = new PositionLimitsValidator().Validate(null, new PositionLimits { MaxSpeedKmh = double.NaN, MaxAge = TimeSpan.Zero });

        Assert.True(result.Failed);
        Assert.Contains("Ingestion:MaxSpeedKmh", result.FailureMessage);
        Assert.Contains("Ingestion:MaxAge", result.FailureMessage);
    }
}
