using System.Text.Encodings.Web;
using System.Text.Json;
using TitanFleet.Grains.Telemetry;

namespace TitanFleet.Api.Vehicles;

/// <summary>
/// A vehicle's trail written as the JSON array of <see cref="TrailPoint"/> straight from the data reader: no list of
/// fixes and no point objects in between (a day is ~1,200 fixes, ~110 KB), bytes handed on every
/// <see cref="FlushEvery"/> fixes. Property names and value formats are those the serializer gives <see cref="TrailPoint"/>.
/// </summary>
public sealed class TrailResult(TrailCursor trail) : IResult
{
    public const int FlushEvery = 500;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default };
    private static readonly JsonEncodedText FixTime = JsonEncodedText.Encode("fixTime");
    private static readonly JsonEncodedText Latitude = JsonEncodedText.Encode("latitude");
    private static readonly JsonEncodedText Longitude = JsonEncodedText.Encode("longitude");
    private static readonly JsonEncodedText SpeedKmh = JsonEncodedText.Encode("speedKmh");
    private static readonly JsonEncodedText Heading = JsonEncodedText.Encode("heading");
    private static readonly JsonEncodedText AccuracyMetres = JsonEncodedText.Encode("accuracyMetres");
    private static readonly JsonEncodedText AltitudeMetres = JsonEncodedText.Encode("altitudeMetres");
    private static readonly JsonEncodedText OdometerMetres = JsonEncodedText.Encode("odometerMetres");

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var cancellationToken = httpContext.RequestAborted;
        await using (trail)
        {
            httpContext.Response.ContentType = "application/json; charset=utf-8";
            await using var writer = new Utf8JsonWriter(httpContext.Response.Body, Options);
            writer.WriteStartArray();
            var count = 0;
            await foreach (var fix in trail.ReadAsync(cancellationToken))
            {
                writer.WriteStartObject();
                writer.WriteString(FixTime, fix.FixTime);
                writer.WriteNumber(Latitude, fix.Latitude);
                writer.WriteNumber(Longitude, fix.Longitude);
                WriteNullable(writer, SpeedKmh, fix.SpeedKmh);
                WriteNullable(writer, Heading, fix.Heading);
                WriteNullable(writer, AccuracyMetres, fix.AccuracyMetres);
                WriteNullable(writer, AltitudeMetres, fix.AltitudeMetres);
                WriteNullable(writer, OdometerMetres, fix.OdometerMetres);
                writer.WriteEndObject();
                if (++count % FlushEvery == 0) await writer.FlushAsync(cancellationToken);
            }
            writer.WriteEndArray();
            await writer.FlushAsync(cancellationToken);
        }
    }

    private static void WriteNullable(Utf8JsonWriter writer, JsonEncodedText name, double? value)
    {
        if (value is { } number) writer.WriteNumber(name, number);
        else writer.WriteNull(name);
    }
}
