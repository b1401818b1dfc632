using TitanFleet.Api.Auth;

namespace TitanFleet.Tests.Api.Auth;

public sealed class PasswordHashingOptionsValidatorTests
{
    [Fact]
    public void Validate_ZeroMaxQueueWait_FailureNamesTheSetting()
    {
        var result = new PasswordHashingOptionsValidator().Validate(null, new PasswordHashingOptions { MaxQueueWait = TimeSpan.Zero });

        Assert.Contains("PasswordHashing:MaxQueueWait", result.FailureMessage);
    }

    [Fact]
    public void Validate_Defaults_Succeed()
    {
        Assert.True(new PasswordHashingOptionsValidator().Validate(null, new PasswordHashingOptions()).Succeeded);
    }
}
