using TitanFleet.Grains.Push;

namespace TitanFleet.Tests.Hosting;

public sealed class PushOptionsValidatorTests
{
    public static TheoryData<string, Action<PushOptions>> BadSettings => new()
    {
        { "Push:FlushTick", o => o.FlushTick = TimeSpan.Zero },
        { "Push:FlushTick", o => o.FlushTick = o.Interval + TimeSpan.FromMilliseconds(1) },
        { "Push:Interval", o => o.Interval = TimeSpan.Zero },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public void Validate_BadSetting_FailureNamesTheSetting(string setting, Action<PushOptions> spoil)
    {
        var options = new PushOptions();
        spoil(options);

        var result = new PushOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(setting, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DefaultsAndTickEqualToInterval_Succeed()
    {
        Assert.True(new PushOptionsValidator().Validate(null, new PushOptions()).Succeeded);
        Assert.True(new PushOptionsValidator().Validate(null, new PushOptions { FlushTick = new PushOptions().Interval }).Succeeded);
    }
}
