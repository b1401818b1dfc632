using BenchmarkDotNet.Attributes;
using TitanFleet.Grains.Geofences;

namespace TitanFleet.Benchmarks.Geofences;

/// <summary>
/// The per-position geofence test of ingestion (<see cref="CompanyGeofences.Containing"/>: STR-tree
/// preselection, then the exact point-in-polygon test) for one company of 1,000 polygons of 50
/// vertices. Positions: 3 in 4 anywhere in the geofences' box, 1 in 4 at a geofence's centre (inside).
/// Target: median under 20 µs per position. Also the cost of building the index (paid by the first
/// position after any geofence write).
/// </summary>
[MemoryDiagnoser]
public class GeofenceLookupBenchmarks
{
    private const int Positions = 1_024;

    private IReadOnlyList<GeofenceRecord> _records = [];
    private CompanyGeofences _company = CompanyGeofences.Empty;
    private (double Latitude, double Longitude)[] _positions = [];

    [Params(BenchGeofences.DefaultCount)]
    public int Geofences { get; set; }

    [Params(BenchGeofences.DefaultVertices)]
    public int Vertices { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _records = BenchGeofences.Create(Geofences, Vertices);
        _company = new CompanyGeofences(_records.Select(r => new IndexedGeofence(r)), TimeZoneInfo.Utc);
        var random = new Random(7);
        _positions = [.. Enumerable.Range(0, Positions).Select(i => i % 4 == 0
            ? Centre(_records[random.Next(_records.Count)])
            : (BenchGeofences.South + random.NextDouble() * (BenchGeofences.North - BenchGeofences.South),
               BenchGeofences.West + random.NextDouble() * (BenchGeofences.East - BenchGeofences.West)))];
    }

    [Benchmark(OperationsPerInvoke = Positions, Description = "Containing, per position")]
    public int Containing()
    {
        var inside = 0;
        foreach (var (latitude, longitude) in _positions) inside += _company.Containing(latitude, longitude).Count;
        return inside;
    }

    [Benchmark(Description = "Build the company index")]
    public CompanyGeofences BuildIndex() => new(_records.Select(r => new IndexedGeofence(r)), TimeZoneInfo.Utc);

    private static (double, double) Centre(GeofenceRecord record)
    {
        var centroid = GeofenceShapes.FromStored(record.Details.PolygonGeoJson!).Centroid;
        return (centroid.Y, centroid.X);
    }
}
