using Microsoft.AspNetCore.Identity;
using TitanFleet.Api.Devices;
using TitanFleet.Api.Users;

namespace TitanFleet.Tests.Api.Users;

/// <summary>Settings of the users and devices registers are refused at start-up with the setting named.</summary>
public sealed class UsersOptionsValidatorTests
{
    [Theory]
    [InlineData(0, 1, "Identity:Password:RequiredLength")]
    [InlineData(300, 1, "Identity:Password:RequiredLength")]
    [InlineData(8, 9, "Identity:Password:RequiredUniqueChars")]
    public void IdentityPassword_Impossible_FailsNamingTheSetting(int length, int unique, string setting)
    {
        var options = new IdentityOptions { Password = { RequiredLength = length, RequiredUniqueChars = unique } };

        var result = new IdentityPasswordOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.StartsWith(setting, result.FailureMessage);
    }

    [Fact]
    public void IdentityPassword_FrameworkDefaults_Succeed() =>
        Assert.True(new IdentityPasswordOptionsValidator().Validate(null, new IdentityOptions()).Succeeded);

    [Theory]
    [InlineData("00:01:00", false)]
    [InlineData("3.00:00:00", true)]
    [InlineData("31.00:00:00", false)]
    public void SetupLinkLifetime_OutsideFiveMinutesToThirtyDays_FailsNamingTheSetting(string lifetime, bool valid)
    {
        var result = new UserSetupOptionsValidator().Validate(null, new UserSetupOptions { SetupLinkLifetime = TimeSpan.Parse(lifetime, System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(valid, result.Succeeded);
        if (!valid) Assert.StartsWith("Users:SetupLinkLifetime", result.FailureMessage);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("https://fleet.example.com", true)]
    [InlineData("http://10.0.0.5:8080/titan", true)]
    [InlineData("fleet.example.com", false)]
    [InlineData("ftp://fleet.example.com", false)]
    [InlineData("https://fleet.example.com/?x=1", false)]
    public void DevicesPublicUrl_NotAnAbsoluteHttpUrl_FailsNamingTheSetting(string? url, bool valid)
    {
        var result = new DeviceSetupOptionsValidator().Validate(null, new DeviceSetupOptions { PublicUrl = url });

        Assert.Equal(valid, result.Succeeded);
        if (!valid) Assert.StartsWith("Devices:PublicUrl", result.FailureMessage);
    }
}
