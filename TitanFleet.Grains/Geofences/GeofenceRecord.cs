namespace TitanFleet.Grains.Geofences;

/// <summary>One stored geofence of a company, at <see cref="Version"/>.</summary>
[GenerateSerializer, Immutable]
public sealed record GeofenceRecord(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid CompanyId,
    [property: Id(2)] GeofenceDetails Details,
    [property: Id(3)] DateTimeOffset CreatedAt,
    [property: Id(4)] DateTimeOffset UpdatedAt,
    [property: Id(5)] int Version)
{
    /// <summary>The fields the audit log compares (the polygon as text: a change shows as one field).</summary>
    public IReadOnlyDictionary<string, object?> AuditFields() => new Dictionary<string, object?>
    {
        ["name"] = Details.Name,
        ["type"] = Details.Type,
        ["active"] = Details.Active,
        ["shape"] = Details.Shape,
        ["circle"] = Details.Circle is { } c ? $"{c.Latitude}, {c.Longitude} r {c.RadiusMetres} m" : null,
        ["polygon"] = Details.PolygonGeoJson,
        ["alertOnEnter"] = Details.Rules.AlertOnEnter,
        ["alertOnExit"] = Details.Rules.AlertOnExit,
        ["minDwellSeconds"] = Details.Rules.MinDwellSeconds,
        ["schedule"] = Details.Rules.Schedule?.ToString(),
        ["speedLimitKmh"] = Details.Rules.SpeedLimitKmh,
    };
}
