using TitanFleet.Grains.Hours;
using static TitanFleet.Tests.Hours.DriverLog;

namespace TitanFleet.Tests.Hours;

public sealed class HoursOptionsValidatorTests
{
    public static TheoryData<Action<HoursOptions>, string> Invalid => new()
    {
        { o => o.MaxContinuousDriving = TimeSpan.Zero, "DriversHours:MaxContinuousDriving" },
        { o => o.ExtendedDailyDriving = H(8), "DriversHours:ExtendedDailyDriving" },
        { o => o.RegularDailyRest = H(24), "DriversHours:RegularDailyRest" },
        { o => o.ReducedWeeklyRest = H(10), "DriversHours:ReducedWeeklyRest" },
        { o => o.SplitBreakSecondPart = H(1), "DriversHours:SplitBreakFirstPart" },
        { o => o.ExtendedDaysPerWeek = -1, "DriversHours:ExtendedDaysPerWeek" },
        { o => o.ApproachingLead = -M(1), "DriversHours:ApproachingLead" },
    };

    [Fact]
    public void Validate_Defaults_Succeed() => Assert.True(new HoursOptionsValidator().Validate(null, new HoursOptions()).Succeeded);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_InvalidSetting_FailureNamesTheSetting(Action<HoursOptions> spoil, string setting)
    {
        var options = new HoursOptions();
        spoil(options);

        var result = new HoursOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(setting, result.FailureMessage);
    }
}
