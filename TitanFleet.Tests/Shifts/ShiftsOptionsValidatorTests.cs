using TitanFleet.Grains.Shifts;

namespace TitanFleet.Tests.Shifts;

public sealed class ShiftsOptionsValidatorTests
{
    [Theory]
    [InlineData(-1)]
    [InlineData(25 * 60)]
    public void Validate_CheckReuseWindowOutOfRange_FailsNamingTheSetting(int minutes)
    {
        var result = new ShiftsOptionsValidator().Validate(null, new ShiftsOptions { CheckReuseWindow = TimeSpan.FromMinutes(minutes) });

        Assert.True(result.Failed);
        Assert.Contains("Shifts:CheckReuseWindow", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Default_Succeeds() => Assert.True(new ShiftsOptionsValidator().Validate(null, new ShiftsOptions()).Succeeded);
}
