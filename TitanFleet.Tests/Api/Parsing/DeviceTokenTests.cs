using TitanFleet.Api.Devices;

namespace TitanFleet.Tests.Api.Parsing;

public sealed class DeviceTokenTests
{
    [Fact]
    public void Format_ThenParse_RoundTripsAndMatchesStoredHash()
    {
        var deviceId = Guid.NewGuid();
        var secret = DeviceToken.NewSecret();

        Assert.True(DeviceToken.TryParse(DeviceToken.Format(deviceId, secret), out var parsedId, out var parsedSecret));
        Assert.Equal(deviceId, parsedId);
        Assert.True(DeviceToken.Matches(parsedSecret, DeviceToken.Hash(secret)));
        Assert.False(DeviceToken.Matches(parsedSecret + "x", DeviceToken.Hash(secret)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Bearer abc")]
    [InlineData("tfd_nothex00000000000000000000000000_secret")]
    [InlineData("tfd_0123456789abcdef0123456789abcdef_")]
    [InlineData("tfd_0123456789abcdef0123456789abcdefXsecret")]
    public void TryParse_Malformed_False(string token) => Assert.False(DeviceToken.TryParse(token, out _, out _));
}
