using TitanFleet.Api.Auth;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api.Auth;

public sealed class LoginRateLimitOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeeds() =>
        Assert.True(new LoginRateLimitOptionsValidator().Validate(null, new LoginRateLimitOptions()).Succeeded);

    [Theory]
    [InlineData(0, "00:01:00", "LoginRateLimit:PermitLimit")]
    [InlineData(-5, "00:01:00", "LoginRateLimit:PermitLimit")]
    [InlineData(10, "00:00:00", "LoginRateLimit:Window")]
    [InlineData(10, "-00:00:01", "LoginRateLimit:Window")]
    public void Validate_OutOfRange_FailureNamesTheSetting(int permitLimit, string window, string setting)
    {
        var result = new LoginRateLimitOptionsValidator().Validate(null, new LoginRateLimitOptions { PermitLimit = permitLimit, Window = TimeSpan.Parse(window) });

        Assert.Contains(setting, Assert.Single(result.Failures!));
    }

    [Fact]
    public async Task SiloStart_ZeroPermitLimit_RefusesToStartNamingTheSetting()
    {
        await using var database = new TestDatabase("loginlimit");
        await using var silo = new SiloProcess(database.ConnectionString, $"rlv-{Guid.NewGuid():N}",
            new Dictionary<string, string> { ["LoginRateLimit__PermitLimit"] = "0" });

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(silo.StartAsync);

        Assert.Contains("LoginRateLimit:PermitLimit", failure.Message);
    }
}
