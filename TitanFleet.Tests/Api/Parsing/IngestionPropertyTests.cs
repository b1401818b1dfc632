using System.Globalization;
using System.Text;
using System.Text.Json;
using CsCheck;
using TitanFleet.Api.Locations;
using TitanFleet.Api.OsmAnd;
using TitanFleet.Grains.Telemetry;

namespace TitanFleet.Tests.Api.Parsing;

/// <summary>
/// Property-based checks of everything outside input passes through before validation: whatever
/// arrives, the outcome is field errors or a fix, never an exception, and valid fixes round-trip.
/// </summary>
public sealed class IngestionPropertyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private static readonly PositionLimits Limits = new();
    private static readonly HashSet<string> PositionFields = ["latitude", "longitude", "speed", "heading", "accuracy", "altitude", "odometer", "timestamp"];
    private static readonly HashSet<string> QueryFields = ["lat", "lon", "location", "timestamp", "speed", "bearing", "accuracy", "altitude", "odometer"];
    private static readonly string[] QueryNames = ["id", "deviceid", "lat", "lon", "location", "timestamp", "speed", "bearing", "heading", "accuracy", "altitude", "odometer", "batt"];

    private static readonly Gen<double?> AnyDouble = Gen.Select(Gen.Int[0, 5], Gen.Double, Gen.Double[-500, 500], (kind, wild, tame) => kind switch
    {
        0 => (double?)null,
        1 => wild,
        2 => double.NaN,
        3 => double.PositiveInfinity,
        _ => tame,
    });

    private static readonly Gen<DateTimeOffset?> AnyTimestamp = Gen.Select(Gen.Int[0, 2], Gen.Long[DateTimeOffset.MinValue.Ticks, DateTimeOffset.MaxValue.Ticks], Gen.Double[-10, 10],
        (kind, ticks, days) => kind switch
        {
            0 => (DateTimeOffset?)null,
            1 => new DateTimeOffset(ticks, TimeSpan.Zero),
            _ => Now.AddDays(days),
        });

    private static readonly Gen<PositionInput> AnyInput = Gen.Select(
        Gen.Select(AnyTimestamp, AnyDouble, AnyDouble, AnyDouble),
        Gen.Select(AnyDouble, AnyDouble, AnyDouble, AnyDouble),
        (a, b) => new PositionInput(null, a.Item1, a.Item2, a.Item3, a.Item4, b.Item1, b.Item2, b.Item3, b.Item4));

    private static readonly Gen<(double Latitude, double Longitude, long UnixSeconds, double Knots, double Bearing)> ValidFix = Gen.Select(
        Gen.Double[-90, 90], Gen.Double[-180, 180], Gen.Long[Now.AddDays(-6).ToUnixTimeSeconds(), Now.ToUnixTimeSeconds()], Gen.Double[0, 130], Gen.Double[0, 360]);

    /// <summary>Hostile text: random strings, and fragments the parsers care about.</summary>
    private static readonly Gen<string> AnyText = Gen.OneOf(
        Gen.String,
        Gen.Char.Array[0, 40].Select(chars => new string(chars)),
        Gen.OneOf<string>("", " ", "\0", "NaN", "Infinity", "-1", "1e309", "-0", "51,0", "51,0,1", ",", "99999999999999999999", "1.7976931348623157E+308",
            "2076-01-01T00:00:00Z", "9999-12-31 23:59:59", "0001-01-01", "\ud800", "١٢٣", "0x10", "1_000"));

    [Fact]
    public void PositionValidator_AnyInput_OnlyFieldErrorsNeverAnException() =>
        AnyInput.Sample(input =>
        {
            var errors = new Dictionary<string, string[]>();
            PositionValidator.Validate(input, "", Limits, Now, errors);
            Assert.All(errors, e => Assert.Contains(e.Key, PositionFields));
            Assert.All(errors, e => Assert.NotEmpty(Assert.Single(e.Value)));
        }, iter: 5_000);

    [Fact]
    public void PositionValidator_AnyCompleteInput_AgreesWithTheGrainsRules() =>
        AnyInput.Where(i => i.Timestamp is not null && i.Latitude is not null && i.Longitude is not null).Sample(input =>
        {
            var errors = new Dictionary<string, string[]>();
            PositionValidator.Validate(input, "", Limits, Now, errors);
            var report = new PositionReport(Guid.Empty, Guid.Empty, Guid.Empty, input.Timestamp!.Value, input.Latitude!.Value, input.Longitude!.Value,
                SpeedKmh: input.Speed, Heading: input.Heading, AccuracyMetres: input.Accuracy, AltitudeMetres: input.Altitude, OdometerMetres: input.Odometer);
            Assert.Equal(errors.Keys.Order(), PositionRules.Check(report, Limits, Now).Keys.Order());
        }, iter: 5_000);

    [Fact]
    public void OsmAndQueryParser_AnyParameters_OnlyFieldErrorsNeverAnException() =>
        Gen.Dictionary(Gen.OneOf(Gen.OneOf<string>(QueryNames), Gen.String), AnyText)[0, 12].Sample(parameters =>
        {
            var errors = new Dictionary<string, string[]>();
            var fix = OsmAndQueryParser.Parse(name => parameters.GetValueOrDefault(name), errors);
            Assert.NotNull(fix);
            Assert.All(errors.Keys, key => Assert.Contains(key, QueryFields));
            _ = OsmAndDeviceId.Normalise(fix.DeviceUniqueId);
        }, iter: 5_000);

    [Fact]
    public void OsmAndQueryParser_ValidFixInAnyTimestampForm_RoundTripsAndValidates() =>
        Gen.Select(ValidFix, Gen.Int[0, 3]).Sample((fix, form) =>
        {
            var time = DateTimeOffset.FromUnixTimeSeconds(fix.UnixSeconds);
            var parameters = new Dictionary<string, string>
            {
                ["id"] = "phone-1",
                ["lat"] = fix.Latitude.ToString("R", CultureInfo.InvariantCulture),
                ["lon"] = fix.Longitude.ToString("R", CultureInfo.InvariantCulture),
                ["speed"] = fix.Knots.ToString("R", CultureInfo.InvariantCulture),
                ["bearing"] = fix.Bearing.ToString("R", CultureInfo.InvariantCulture),
                ["timestamp"] = form switch
                {
                    0 => fix.UnixSeconds.ToString(CultureInfo.InvariantCulture),
                    1 => time.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
                    2 => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    _ => time.ToString("O", CultureInfo.InvariantCulture),
                },
            };
            var errors = new Dictionary<string, string[]>();

            var parsed = OsmAndQueryParser.Parse(name => parameters.GetValueOrDefault(name), errors);

            Assert.Empty(errors);
            Assert.Equal(("phone-1", time, fix.Latitude, fix.Longitude, fix.Bearing), (parsed.DeviceUniqueId, parsed.Timestamp, parsed.Latitude, parsed.Longitude, parsed.Heading));
            Assert.Equal(fix.Knots * OsmAndQueryParser.KmhPerKnot, parsed.SpeedKmh!.Value, precision: 9);
            var input = new PositionInput(null, parsed.Timestamp, parsed.Latitude, parsed.Longitude, parsed.SpeedKmh, parsed.Heading, null, null, null);
            PositionValidator.Validate(input, "", Limits, Now, errors);
            Assert.Empty(errors);
        }, iter: 2_000);

    [Fact]
    public void TraccarJson_AnyBody_MalformedJsonOrAFixNeverAnotherException()
    {
        var valid = """{"device_id":"phone","location":{"timestamp":"2026-11-30T11:59:00Z","coords":{"latitude":51.5,"longitude":-0.1,"speed":-1},"odometer":12}}""";
        var mutated = Gen.Select(Gen.Int[0, valid.Length], Gen.Int[0, 8], AnyText, (at, cut, insert) =>
            valid[..at] + insert + valid[Math.Min(valid.Length, at + cut)..]);
        // A body arrives as bytes (ReadFromJsonAsync reads UTF-8), so hostile text is sent as its bytes, alongside raw bytes.
        Gen.OneOf(Gen.OneOf(mutated, AnyText).Select(Encoding.UTF8.GetBytes), Gen.Byte.Array[0, 200]).Sample(bytes =>
        {
            TraccarJsonBody? body;
            try
            {
                body = JsonSerializer.Deserialize<TraccarJsonBody>(bytes, JsonSerializerOptions.Web);
            }
            catch (JsonException)
            {
                return;
            }
            if (body is null) return;
            var errors = new Dictionary<string, string[]>();
            var fix = TraccarJsonMapper.ToFix(body, errors);
            Assert.All(errors.Keys, key => Assert.Contains(key, (string[])["location", "location.timestamp"]));
            _ = OsmAndDeviceId.Normalise(fix.DeviceUniqueId);
        }, iter: 5_000);
    }

    [Fact]
    public void TraccarJson_ValidFix_RoundTripsInTitanFleetUnits() =>
        ValidFix.Sample(fix =>
        {
            var time = DateTimeOffset.FromUnixTimeSeconds(fix.UnixSeconds);
            var speedMetresPerSecond = fix.Knots / 2;
            var body = new TraccarJsonBody("phone-2", new TraccarJsonLocation(time.ToString("O", CultureInfo.InvariantCulture),
                new TraccarJsonCoords(fix.Latitude, fix.Longitude, speedMetresPerSecond, fix.Bearing, Accuracy: -1, Altitude: 12.5), IsMoving: true, Odometer: -1, Event: null));
            var json = JsonSerializer.Serialize(body, JsonSerializerOptions.Web);
            var errors = new Dictionary<string, string[]>();

            var parsed = TraccarJsonMapper.ToFix(JsonSerializer.Deserialize<TraccarJsonBody>(json, JsonSerializerOptions.Web)!, errors);

            Assert.Empty(errors);
            Assert.Equal(("phone-2", time, fix.Latitude, fix.Longitude, fix.Bearing, (double?)null, (double?)12.5, (double?)null),
                (parsed.DeviceUniqueId, parsed.Timestamp, parsed.Latitude, parsed.Longitude, parsed.Heading, parsed.Accuracy, parsed.Altitude, parsed.Odometer));
            Assert.Equal(speedMetresPerSecond * 3.6, parsed.SpeedKmh!.Value, precision: 9);
        }, iter: 2_000);

    [Fact]
    public void OsmAndTimestamp_AnyText_ParsesOrRefusesNeverThrows() =>
        AnyText.Sample(text =>
        {
            if (OsmAndTimestamp.TryParse(text, out var parsed)) Assert.Equal(TimeSpan.Zero, parsed.Offset);
        }, iter: 5_000);

    [Fact]
    public void OsmAndDeviceId_AnyText_NormalisedIdIsSafeForPostgres() =>
        AnyText.Sample(text =>
        {
            if (OsmAndDeviceId.Normalise(text) is not { } id) return;
            Assert.InRange(id.Length, 1, OsmAndDeviceId.MaxLength);
            Assert.DoesNotContain('\0', id);
            Assert.Equal(id, Encoding.UTF8.GetString(new UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(id)));
        }, iter: 5_000);
}
