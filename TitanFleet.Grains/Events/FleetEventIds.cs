using System.Security.Cryptography;
using System.Text;

namespace TitanFleet.Grains.Events;

/// <summary>
/// Ids of events that are a function of location history (motion, overspeed, geofence crossings,
/// coming online): the same vehicle, type, subject and time always give the same id, so a grain that
/// derives an event again after its silo died (replaying history past its stored state) writes the
/// stored row and its notifications once, under fleet_events' (id, occurred_at) and notifications'
/// (user, event) keys. Times count to the microsecond, PostgreSQL's precision, so a time read back from
/// a row (a presence row's online-since) gives the id the live path gave.
/// </summary>
public static class FleetEventIds
{
    public static Guid Derived(Guid vehicleId, string type, DateTimeOffset at, Guid? subject = null)
    {
        var micros = at.UtcTicks / TimeSpan.TicksPerMicrosecond;
        var text = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{vehicleId:N}/{type}/{micros}/{subject:N}");
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        var bytes = hash[..16];
        // RFC 9562 version 8 (custom) with the RFC variant, so it never collides with a random (v4) id.
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
