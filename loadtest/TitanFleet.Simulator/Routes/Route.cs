namespace TitanFleet.Simulator.Routes;

/// <summary>A road between two places as a polyline, with the class of road it mostly is.</summary>
public sealed class Route
{
    private readonly GeoPoint[] _points;
    private readonly double[] _cumulative;

    public Route(string name, RoadClass road, params GeoPoint[] points)
    {
        if (points.Length < 2) throw new ArgumentException("A route needs at least two points.", nameof(points));
        Name = name;
        Road = road;
        _points = points;
        _cumulative = new double[points.Length];
        for (var i = 1; i < points.Length; i++)
            _cumulative[i] = _cumulative[i - 1] + GeoMath.DistanceMetres(points[i - 1], points[i]);
    }

    public string Name { get; }

    public RoadClass Road { get; }

    public double LengthMetres => _cumulative[^1];

    /// <summary>Where a vehicle is after travelling <paramref name="metres"/> from the start (or from the end when returning).</summary>
    public (GeoPoint Point, double Heading) At(double metres, bool returning)
    {
        var along = Math.Clamp(returning ? LengthMetres - metres : metres, 0, LengthMetres);
        var leg = Array.BinarySearch(_cumulative, along);
        leg = leg >= 0 ? Math.Min(leg, _points.Length - 2) : Math.Max(0, ~leg - 1);
        var legLength = _cumulative[leg + 1] - _cumulative[leg];
        var fraction = legLength <= 0 ? 0 : (along - _cumulative[leg]) / legLength;
        var (from, to) = returning ? (_points[leg + 1], _points[leg]) : (_points[leg], _points[leg + 1]);
        var point = GeoMath.Lerp(_points[leg], _points[leg + 1], fraction);
        return (point, GeoMath.BearingDegrees(from, to));
    }
}
