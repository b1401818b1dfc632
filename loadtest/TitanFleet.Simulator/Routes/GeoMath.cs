namespace TitanFleet.Simulator.Routes;

/// <summary>Great-circle distance, bearing and interpolation; good to a few metres over a motorway leg.</summary>
public static class GeoMath
{
    private const double EarthRadiusMetres = 6_371_000;

    public static double DistanceMetres(GeoPoint a, GeoPoint b)
    {
        var dLat = Radians(b.Latitude - a.Latitude);
        var dLon = Radians(b.Longitude - a.Longitude);
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) +
                Math.Cos(Radians(a.Latitude)) * Math.Cos(Radians(b.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>Initial bearing from a to b, degrees clockwise from north in [0, 360).</summary>
    public static double BearingDegrees(GeoPoint a, GeoPoint b)
    {
        var lat1 = Radians(a.Latitude);
        var lat2 = Radians(b.Latitude);
        var dLon = Radians(b.Longitude - a.Longitude);
        var y = Math.Sin(dLon) * Math.Cos(lat2);
        var x = Math.Cos(lat1) * Math.Sin(lat2) - Math.Sin(lat1) * Math.Cos(lat2) * Math.Cos(dLon);
        return (Math.Atan2(y, x) * 180 / Math.PI + 360) % 360;
    }

    /// <summary>Linear interpolation in degrees: legs are short enough that the error is negligible.</summary>
    public static GeoPoint Lerp(GeoPoint a, GeoPoint b, double fraction) =>
        new(a.Latitude + (b.Latitude - a.Latitude) * fraction, a.Longitude + (b.Longitude - a.Longitude) * fraction);

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
