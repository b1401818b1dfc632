using TitanFleet.Api.OsmAnd;

namespace TitanFleet.Tests.Api.Parsing;

public sealed class OsmAndTimestampTests
{
    private static readonly DateTimeOffset Expected = new(2026, 11, 25, 14, 30, 15, TimeSpan.Zero);

    [Theory]
    [InlineData("1795617015")]
    [InlineData("1795617015000")]
    [InlineData("2026-11-25T14:30:15Z")]
    [InlineData("2026-11-25T15:30:15+01:00")]
    [InlineData("2026-11-25 14:30:15")]
    public void TryParse_EveryClientFormat_SameInstant(string text)
    {
        Assert.True(OsmAndTimestamp.TryParse(text, out var parsed));
        Assert.Equal(Expected, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("-5")]
    [InlineData("1e300")]
    [InlineData("NaN")]
    public void TryParse_Unreadable_False(string text) => Assert.False(OsmAndTimestamp.TryParse(text, out _));
}
