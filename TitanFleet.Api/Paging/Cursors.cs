using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace TitanFleet.Api.Paging;

/// <summary>
/// Cursors are opaque to clients (base64url of a small JSON position), so the keyset behind a
/// list can change without breaking a client that only echoes them back.
/// </summary>
public static class Cursors
{
    public const int MaxLimit = 200;
    public const int DefaultLimit = 50;

    public static string Encode<T>(T position) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(position, JsonSerializerOptions.Web));

    public static bool TryDecode<T>(string? cursor, [NotNullWhen(true)] out T? position)
    {
        position = default;
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 1024) return false;
        try
        {
            position = JsonSerializer.Deserialize<T>(Base64Url.DecodeFromChars(cursor), JsonSerializerOptions.Web);
            return position is not null;
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            return false;
        }
    }
}
