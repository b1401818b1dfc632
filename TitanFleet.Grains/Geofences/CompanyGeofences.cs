using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace TitanFleet.Grains.Geofences;

/// <summary>
/// One company's active geofences in an STR-tree of their bounding boxes: a position is tested
/// exactly only against the few whose box holds it, never against every polygon. Immutable once
/// built, so every grain of the silo reads it without locks.
/// </summary>
public sealed class CompanyGeofences
{
    public static readonly CompanyGeofences Empty = new([], TimeZoneInfo.Utc);

    private readonly STRtree<IndexedGeofence>? _tree;
    private readonly Dictionary<Guid, IndexedGeofence> _byId;

    public CompanyGeofences(IEnumerable<IndexedGeofence> geofences, TimeZoneInfo timeZone)
    {
        _byId = geofences.ToDictionary(g => g.Id);
        TimeZone = timeZone;
        HasSpeedLimits = _byId.Values.Any(g => g.Rules.SpeedLimitKmh is not null);
        if (_byId.Count == 0) return;
        _tree = new STRtree<IndexedGeofence>();
        foreach (var geofence in _byId.Values) _tree.Insert(geofence.Envelope, geofence);
        _tree.Build();
    }

    /// <summary>The company's time zone, in which geofence schedules are read.</summary>
    public TimeZoneInfo TimeZone { get; }

    public int Count => _byId.Count;

    /// <summary>Whether any geofence caps speed: without one, overspeed never needs to ask where a fix lies.</summary>
    public bool HasSpeedLimits { get; }

    public IndexedGeofence? Find(Guid geofenceId) => _byId.GetValueOrDefault(geofenceId);

    /// <summary>The geofences the point lies in (or on the edge of).</summary>
    public IReadOnlyList<IndexedGeofence> Containing(double latitude, double longitude)
    {
        if (_tree is null) return [];
        var candidates = _tree.Query(new Envelope(longitude, longitude, latitude, latitude));
        if (candidates.Count == 0) return [];
        var inside = new List<IndexedGeofence>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (candidate.Contains(latitude, longitude)) inside.Add(candidate);
        }
        return inside;
    }
}
