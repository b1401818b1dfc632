using TitanFleet.Grains.Vehicles;
using TitanFleet.Silo.Options;

namespace TitanFleet.Tests.Hosting;

public sealed class VehicleLiveOptionsValidatorTests
{
    public static TheoryData<string, Action<VehicleLiveOptions>> BadSettings => new()
    {
        { "VehicleLive:OverspeedMinDuration", o => o.OverspeedMinDuration = TimeSpan.Zero },
        { "VehicleLive:StoppedAfter", o => o.StoppedAfter = TimeSpan.FromSeconds(-1) },
        { "VehicleLive:OfflineSweepInterval", o => o.OfflineSweepInterval = TimeSpan.Zero },
        { "VehicleLive:OfflineAfter", o => o.OfflineAfter = TimeSpan.Zero },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public void Validate_BadSetting_FailureNamesTheSetting(string setting, Action<VehicleLiveOptions> spoil)
    {
        var options = new VehicleLiveOptions();
        spoil(options);

        var result = new VehicleLiveOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(setting, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DefaultsAndStopAtOnce_Succeed()
    {
        Assert.True(new VehicleLiveOptionsValidator().Validate(null, new VehicleLiveOptions()).Succeeded);
        Assert.True(new VehicleLiveOptionsValidator().Validate(null, new VehicleLiveOptions { StoppedAfter = TimeSpan.Zero }).Succeeded);
    }
}
