using TitanFleet.Api.Locations;
using TitanFleet.Grains.Telemetry;

namespace TitanFleet.Tests.Api.Parsing;

public sealed class PositionValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Validate_ValuesOnEveryBoundary_Accepted()
    {
        var errors = new Dictionary<string, string[]>();
        var edge = new PositionInput(null, Now.AddMinutes(5), 90, -180, 250, 360, 0, null, null);

        PositionValidator.Validate(edge, "", new PositionLimits(), Now, errors);
        PositionValidator.Validate(edge with { Latitude = -90, Longitude = 180, Speed = 0, Heading = 0, Timestamp = Now.AddDays(-7) }, "", new PositionLimits(), Now, errors);

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_ConfiguredSpeedLimit_Applied()
    {
        var errors = new Dictionary<string, string[]>();

        PositionValidator.Validate(new PositionInput(null, Now, 51, 0, 130, null, null, null, null), "positions[2].", new PositionLimits { MaxSpeedKmh = 120 }, Now, errors);

        Assert.Equal(["positions[2].speed"], errors.Keys);
    }
}
