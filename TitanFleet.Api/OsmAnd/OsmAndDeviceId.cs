using System.Text;

namespace TitanFleet.Api.OsmAnd;

/// <summary>
/// What an OsmAnd device id may look like before it is looked up: PostgreSQL refuses a NUL in text
/// (error 22021) and Npgsql cannot encode a lone surrogate, so such ids, control characters and
/// absurd lengths are treated as unknown without reaching the database.
/// </summary>
public static class OsmAndDeviceId
{
    public const int MaxLength = 128;

    public static string? Normalise(string? raw)
    {
        var id = raw?.Trim();
        if (string.IsNullOrEmpty(id) || id.Length > MaxLength) return null;
        var rest = id.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var consumed) != System.Buffers.OperationStatus.Done) return null;
            if (Rune.IsControl(rune)) return null;
            rest = rest[consumed..];
        }
        return id;
    }
}
