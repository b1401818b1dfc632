using System.Globalization;
using TitanFleet.Grains.Geofences;

namespace TitanFleet.Api.Geofences;

/// <summary>
/// A geofence as the API shows it: <see cref="Circle"/> or <see cref="Polygon"/> (GeoJSON Polygon
/// text, longitude first). <see cref="Version"/> (also the ETag) goes back with an update or delete.
/// </summary>
public sealed record GeofenceResponse(
    Guid Id,
    string Name,
    string Type,
    bool Active,
    string Shape,
    GeofenceCircleInput? Circle,
    string? Polygon,
    bool AlertOnEnter,
    bool AlertOnExit,
    int MinDwellSeconds,
    GeofenceScheduleInput? Schedule,
    int? SpeedLimitKmh,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version)
{
    public static GeofenceResponse From(GeofenceRecord record)
    {
        var d = record.Details;
        var schedule = d.Rules.Schedule;
        return new GeofenceResponse(
            Id: record.Id, Name: d.Name, Type: d.Type, Active: d.Active, Shape: d.Shape,
            Circle: d.Circle is { } c ? new GeofenceCircleInput(Latitude: c.Latitude, Longitude: c.Longitude, RadiusMetres: c.RadiusMetres) : null,
            Polygon: d.PolygonGeoJson,
            AlertOnEnter: d.Rules.AlertOnEnter, AlertOnExit: d.Rules.AlertOnExit, MinDwellSeconds: d.Rules.MinDwellSeconds,
            Schedule: schedule is null ? null : new GeofenceScheduleInput(
                [.. schedule.Days],
                schedule.Start.ToString(GeofenceFieldsValidator.TimeFormat, CultureInfo.InvariantCulture),
                schedule.End.ToString(GeofenceFieldsValidator.TimeFormat, CultureInfo.InvariantCulture)),
            SpeedLimitKmh: d.Rules.SpeedLimitKmh,
            CreatedAt: record.CreatedAt, UpdatedAt: record.UpdatedAt, Version: record.Version);
    }
}
