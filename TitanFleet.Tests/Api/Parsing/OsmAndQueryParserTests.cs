using TitanFleet.Api.OsmAnd;

namespace TitanFleet.Tests.Api.Parsing;

public sealed class OsmAndQueryParserTests
{
    [Fact]
    public void Parse_LocationPairAndKnots_ConvertedToDegreesAndKmh()
    {
        var values = new Dictionary<string, string> { ["deviceid"] = "phone-1", ["location"] = "51.5,-0.12", ["speed"] = "10", ["heading"] = "270", ["timestamp"] = "1795617015" };
        var errors = new Dictionary<string, string[]>();

        var fix = OsmAndQueryParser.Parse(name => values.GetValueOrDefault(name), errors);

        Assert.Empty(errors);
        Assert.Equal("phone-1", fix.DeviceUniqueId);
        Assert.Equal((51.5, -0.12), (fix.Latitude, fix.Longitude));
        Assert.Equal(18.52, fix.SpeedKmh!.Value, precision: 9);
        Assert.Equal(270, fix.Heading);
    }

    [Fact]
    public void Parse_NonNumericLatitude_ErrorNamesField()
    {
        var values = new Dictionary<string, string> { ["id"] = "phone-1", ["lat"] = "north", ["lon"] = "0" };
        var errors = new Dictionary<string, string[]>();

        OsmAndQueryParser.Parse(name => values.GetValueOrDefault(name), errors);

        Assert.Equal(["lat"], errors.Keys);
    }

    [Fact]
    public void TraccarJson_MinusOneMeansUnknown()
    {
        var body = new TraccarJsonBody("phone-1", new TraccarJsonLocation("2026-11-25T14:30:15Z",
            new TraccarJsonCoords(51.5, -0.12, -1, -1, 5, -1), true, null, null));
        var errors = new Dictionary<string, string[]>();

        var fix = TraccarJsonMapper.ToFix(body, errors);

        Assert.Empty(errors);
        Assert.Null(fix.SpeedKmh);
        Assert.Null(fix.Heading);
        Assert.Null(fix.Altitude);
        Assert.Equal(5, fix.Accuracy);
    }
}
