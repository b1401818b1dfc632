using TitanFleet.Grains.Geofences;

namespace TitanFleet.Benchmarks.Geofences;

/// <summary>
/// The benchmark geofences as one INSERT for a benchmark database (inactive, so the ingestion run
/// switches them on and off with one UPDATE; see BENCHMARKS.md). Not for a real company: it skips
/// the audit log on purpose.
/// </summary>
public static class BenchGeofenceSql
{
    public static void Write(TextWriter output, Guid companyId, IReadOnlyList<GeofenceRecord> geofences)
    {
        output.WriteLine("INSERT INTO geofences (id, company_id, name, geofence_type, shape, polygon_geojson, active) VALUES");
        for (var i = 0; i < geofences.Count; i++)
        {
            var g = geofences[i];
            output.Write($"('{g.Id}', '{companyId}', '{g.Details.Name}', '{g.Details.Type}', 'polygon', '{g.Details.PolygonGeoJson}', false)");
            output.WriteLine(i == geofences.Count - 1 ? "\nON CONFLICT (id) DO NOTHING;" : ",");
        }
    }
}
