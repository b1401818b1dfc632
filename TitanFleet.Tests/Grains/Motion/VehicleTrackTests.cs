using System.Globalization;
using TitanFleet.Grains.Geofences;
using TitanFleet.Grains.Telemetry;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Tests.Grains.Motion;

/// <summary>
/// Overspeed and moving/stopped as fixes arrive, one table row per scenario. A fix is written
/// "seconds:speed" (seconds after the start, km/h), with "g" when it lies inside the geofence that
/// caps speed at 30 km/h; fixes are taken in the order written, as they arrive. The vehicle is an
/// HGV with a company limit of 90 km/h; overspeed needs 20 s, a stop 60 s below 5 km/h.
/// </summary>
public sealed class VehicleTrackTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private static readonly (double Latitude, double Longitude) Inside = (51.5, -0.12);
    private static readonly (double Latitude, double Longitude) Outside = (51.6, -0.12);
    private static readonly Guid SchoolZone = Guid.NewGuid();

    private static readonly VehicleLiveOptions Options = new()
    {
        MovingSpeedKmh = 5,
        StoppedAfter = TimeSpan.FromSeconds(60),
        OverspeedMinDuration = TimeSpan.FromSeconds(20),
    };

    public static TheoryData<string, string, string> Overspeed => new()
    {
        { "one noisy fix over the limit", "0:50 5:130 10:50 40:50", "" },
        { "over for exactly the minimum duration", "0:100 20:100", "overspeed@20 max 100 limit 90 vehicleType" },
        { "over for just under the minimum duration", "0:100 19:100 25:80", "" },
        { "a long episode fires once, with the top speed so far", "0:100 20:110 40:120 60:100 70:80", "overspeed@20 max 110 limit 90 vehicleType" },
        { "two episodes fire twice", "0:100 20:100 30:80 40:100 60:100", "overspeed@20 max 100 limit 90 vehicleType; overspeed@60 max 100 limit 90 vehicleType" },
        { "at the limit is not over it", "0:90 30:90", "" },
        { "out-of-order fixes over the limit, older than the last", "0:50 60:50 20:120 45:120", "" },
        { "an out-of-order fix does not end an episode", "0:100 15:100 10:50 20:100", "overspeed@20 max 100 limit 90 vehicleType" },
        { "geofence limit lower than the type's", "0:50g 20:50g", "overspeed@20 max 50 limit 30 geofence" },
        { "the same speed outside the geofence", "0:50 20:50", "" },
        { "leaving the geofence ends the episode", "0:50g 10:50 20:50g 30:50g", "" },
    };

    public static TheoryData<string, string, string> Moving => new()
    {
        { "starts moving at the first fix at the moving speed", "0:0 10:20", "moving@10" },
        { "a wait at traffic lights shorter than the stop time", "0:30 10:0 40:0 50:30", "moving@0" },
        { "stopped once below for exactly the stop time, placed at the first slow fix", "0:30 10:0 70:0", "moving@0; stopped@10" },
        { "out-of-order slow fixes, older than the last", "0:30 100:30 20:0 90:0", "moving@0" },
        { "an already stopped vehicle fires nothing", "0:0 100:0", "" },
    };

    [Theory]
    [MemberData(nameof(Overspeed))]
    public void Take_OverspeedScenario_FiresAsTabled(string scenario, string fixes, string expected)
    {
        Assert.NotEmpty(scenario);
        Assert.Equal(Expected(expected), Run(fixes).Where(e => e.StartsWith("overspeed", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Moving))]
    public void Take_MovingScenario_ChangesAsTabled(string scenario, string fixes, string expected)
    {
        Assert.NotEmpty(scenario);
        Assert.Equal(Expected(expected), Run(fixes).Where(e => !e.StartsWith("overspeed", StringComparison.Ordinal)));
    }

    [Fact]
    public void Take_OverspeedInGeofence_NamesTheGeofence()
    {
        var vehicle = new VehicleState { Type = VehicleTypes.Hgv };
        Take(vehicle, "0:50g");

        var outcome = Take(vehicle, "20:50g");

        Assert.Equal(new SpeedLimit(30, SpeedLimit.GeofenceSource, SchoolZone), outcome.Overspeed!.Limit);
        Assert.Equal(TimeSpan.FromSeconds(20), outcome.Overspeed.Duration);
    }

    [Fact]
    public void Take_FixWithoutSpeed_SpeedFromDistanceDrivesTheRules()
    {
        var vehicle = new VehicleState { Type = VehicleTypes.Hgv };
        // About 1.1 km a minute apart: 67 km/h, moving.
        VehicleTrack.Take(vehicle, Fix(0, null, 51.50, -0.12), Limits(), Options);

        var outcome = VehicleTrack.Take(vehicle, Fix(60, null, 51.51, -0.12), Limits(), Options);

        Assert.Equal(new MotionChange(Moving: true, At: T0.AddSeconds(60)), outcome.Change);
        Assert.InRange(vehicle.LastPosition!.SpeedKmh!.Value, 66, 68);
    }

    private static IEnumerable<string> Expected(string table) =>
        table.Length == 0 ? [] : table.Split("; ");

    private static List<string> Run(string fixes)
    {
        var vehicle = new VehicleState { Type = VehicleTypes.Hgv };
        var seen = new List<string>();
        foreach (var fix in fixes.Split(' '))
        {
            var outcome = Take(vehicle, fix);
            if (outcome.Change is { } change) seen.Add($"{(change.Moving ? "moving" : "stopped")}@{Seconds(change.At)}");
            if (outcome.Overspeed is { } alert)
                seen.Add($"overspeed@{Seconds(alert.At)} max {alert.MaxSpeedKmh.ToString(CultureInfo.InvariantCulture)} limit {alert.Limit.Kmh} {alert.Limit.Source}");
        }
        return seen;
    }

    private static FixOutcome Take(VehicleState vehicle, string fix)
    {
        var inGeofence = fix.EndsWith('g');
        var parts = fix.TrimEnd('g').Split(':');
        var (latitude, longitude) = inGeofence ? Inside : Outside;
        return VehicleTrack.Take(vehicle, Fix(int.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture), latitude, longitude), Limits(), Options);
    }

    private static int Seconds(DateTimeOffset at) => (int)(at - T0).TotalSeconds;

    private static PositionReport Fix(int seconds, double? speed, double latitude, double longitude) =>
        new(VehicleId: Guid.Empty, CompanyId: Guid.Empty, SourceId: Guid.Empty, FixTime: T0.AddSeconds(seconds), Latitude: latitude, Longitude: longitude,
            SpeedKmh: speed, Heading: null, AccuracyMetres: null, AltitudeMetres: null, OdometerMetres: null);

    private static CompanySpeedLimits Limits()
    {
        var zone = new GeofenceRecord(SchoolZone, Guid.Empty,
            new GeofenceDetails(Name: "School zone", Type: GeofenceTypes.Depot, Active: true,
                Circle: new GeofenceCircle(Latitude: Inside.Latitude, Longitude: Inside.Longitude, RadiusMetres: 500), PolygonGeoJson: null,
                Rules: new GeofenceRules(AlertOnEnter: false, AlertOnExit: false, MinDwellSeconds: 0, Schedule: null, SpeedLimitKmh: 30)),
            T0, T0, 1);
        var unlimited = zone with { Id = Guid.NewGuid(), Details = zone.Details with { Rules = zone.Details.Rules with { SpeedLimitKmh = null } } };
        return new CompanySpeedLimits(
            new Dictionary<string, int> { [VehicleTypes.Hgv] = 90 },
            new CompanyGeofences([new IndexedGeofence(zone), new IndexedGeofence(unlimited)], TimeZoneInfo.Utc));
    }
}
