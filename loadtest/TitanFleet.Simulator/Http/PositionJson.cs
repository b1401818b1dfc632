using System.Buffers;
using System.Text.Json;
using TitanFleet.Simulator.Fleet;

namespace TitanFleet.Simulator.Http;

/// <summary>Request bodies for POST /api/locations and /api/locations/batch, written straight to UTF-8.</summary>
public static class PositionJson
{
    public static byte[] Single(Fix fix, Guid? vehicleId = null)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer)) Write(writer, fix, vehicleId);
        return buffer.WrittenSpan.ToArray();
    }

    public static byte[] Batch(IReadOnlyList<(Fix Fix, Guid? VehicleId)> positions)
    {
        var buffer = new ArrayBufferWriter<byte>(positions.Count * 200 + 32);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("positions");
            foreach (var (fix, vehicleId) in positions) Write(writer, fix, vehicleId);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static void Write(Utf8JsonWriter writer, Fix fix, Guid? vehicleId)
    {
        writer.WriteStartObject();
        if (vehicleId is { } id) writer.WriteString("vehicleId", id);
        writer.WriteString("timestamp", fix.Timestamp);
        writer.WriteNumber("latitude", Math.Round(fix.Latitude, 6));
        writer.WriteNumber("longitude", Math.Round(fix.Longitude, 6));
        writer.WriteNumber("speed", fix.SpeedKmh);
        writer.WriteNumber("heading", fix.Heading);
        writer.WriteNumber("accuracy", fix.AccuracyMetres);
        writer.WriteNumber("altitude", fix.AltitudeMetres);
        writer.WriteNumber("odometer", fix.OdometerMetres);
        writer.WriteEndObject();
    }
}
