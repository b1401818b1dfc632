using TitanFleet.Grains.Geo;

namespace TitanFleet.Tests.Grains.Math;

public sealed class GeoMathTests
{
    [Fact]
    public void DistanceMetres_LondonToManchester_About262Km()
    {
        var metres = GeoMath.DistanceMetres(51.5074, -0.1278, 53.4808, -2.2426);

        Assert.InRange(metres, 261_000, 264_000);
    }

    [Fact]
    public void DistanceMetres_SamePoint_Zero() => Assert.Equal(0, GeoMath.DistanceMetres(52, -1, 52, -1));
}
