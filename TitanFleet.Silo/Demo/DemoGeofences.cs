using System.Globalization;
using TitanFleet.Grains.Geofences;

namespace TitanFleet.Silo.Demo;

/// <summary>
/// The demo company's geofences: its depot and four customer sites, each where the demo fleet's
/// routes (loadtest/TitanFleet.Simulator/Routes/GbRoutes.cs) end and its vehicles stop for a few
/// minutes, so enters and exits happen on the live map without anyone drawing a geofence first.
/// A test holds each one on a route.
/// </summary>
public static class DemoGeofences
{
    private const double MetresPerDegreeLatitude = 111_195;

    private static readonly GeofenceRules AtSite = new(AlertOnEnter: true, AlertOnExit: true, MinDwellSeconds: 120, Schedule: null);

    public static readonly IReadOnlyList<(Guid Id, GeofenceDetails Details)> All =
    [
        (DemoFleet.GeofenceId(1), Polygon("Demo Haulage depot, Birmingham", GeofenceTypes.Depot, 52.4862, -1.8904, 700, 500,
            AtSite with { MinDwellSeconds = 60 })),
        (DemoFleet.GeofenceId(2), Circle("Customer site: Manchester", 53.4808, -2.2426, 800, AtSite)),
        (DemoFleet.GeofenceId(3), Circle("Customer site: Leeds", 53.8008, -1.5491, 800, AtSite)),
        // Goods-in hours only: a delivery outside them is the depot's business, not an alert.
        (DemoFleet.GeofenceId(4), Polygon("Customer site: Bristol", GeofenceTypes.CustomerSite, 51.4545, -2.5879, 600, 600,
            AtSite with { Schedule = new GeofenceSchedule(DaysMask: GeofenceSchedule.MaskOf(["mon", "tue", "wed", "thu", "fri"]), Start: new(6, 0), End: new(20, 0)) })),
        (DemoFleet.GeofenceId(5), Circle("Customer site: Southampton docks", 50.9097, -1.4044, 1_000, AtSite)),
    ];

    private static GeofenceDetails Circle(string name, double latitude, double longitude, double radiusMetres, GeofenceRules rules) =>
        new(Name: name, Type: GeofenceTypes.CustomerSite, Active: true,
            Circle: new GeofenceCircle(Latitude: latitude, Longitude: longitude, RadiusMetres: radiusMetres), PolygonGeoJson: null, Rules: rules);

    /// <summary>A rectangle around a centre, as GeoJSON (longitude first, closed, anticlockwise).</summary>
    private static GeofenceDetails Polygon(string name, string type, double latitude, double longitude, double halfWidthMetres, double halfHeightMetres, GeofenceRules rules)
    {
        var dLat = halfHeightMetres / MetresPerDegreeLatitude;
        var dLon = halfWidthMetres / (MetresPerDegreeLatitude * Math.Cos(latitude * Math.PI / 180));
        (double Lon, double Lat)[] ring =
        [
            (longitude - dLon, latitude - dLat), (longitude + dLon, latitude - dLat), (longitude + dLon, latitude + dLat),
            (longitude - dLon, latitude + dLat), (longitude - dLon, latitude - dLat),
        ];
        var coordinates = string.Join(',', ring.Select(p => string.Create(CultureInfo.InvariantCulture, $"[{Math.Round(p.Lon, 6)},{Math.Round(p.Lat, 6)}]")));
        return new GeofenceDetails(Name: name, Type: type, Active: true, Circle: null,
            PolygonGeoJson: $$"""{"type":"Polygon","coordinates":[[{{coordinates}}]]}""", Rules: rules);
    }
}
