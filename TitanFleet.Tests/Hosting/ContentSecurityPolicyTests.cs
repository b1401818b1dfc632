using TitanFleet.Silo.SecurityHeaders;

namespace TitanFleet.Tests.Hosting;

public sealed class ContentSecurityPolicyTests
{
    [Theory]
    [InlineData("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png", "img-src 'self' data: https://*.tile.openstreetmap.org;")]
    [InlineData("https://tiles.example:8443/osm/{z}/{x}/{y}.png", "img-src 'self' data: https://tiles.example:8443;")]
    [InlineData(null, "img-src 'self' data:;")]
    public void ForSite_TileUrl_AllowsTileHostForImagesOnly(string? tileUrl, string expected)
    {
        var policy = ContentSecurityPolicy.ForSite(tileUrl);

        Assert.Contains(expected, policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", policy, StringComparison.Ordinal);
    }
}
