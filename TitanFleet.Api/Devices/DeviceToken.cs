using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace TitanFleet.Api.Devices;

/// <summary>
/// Device tokens look like <c>tfd_{device id}_{secret}</c>: the id finds the device without a scan,
/// and only the SHA-256 of the secret is stored, compared in constant time.
/// </summary>
public static class DeviceToken
{
    private const string Prefix = "tfd_";

    public static string Format(Guid deviceId, string secret) => $"{Prefix}{deviceId:N}_{secret}";

    public static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    public static bool TryParse(string token, out Guid deviceId, [NotNullWhen(true)] out string? secret)
    {
        deviceId = Guid.Empty;
        secret = null;
        if (!token.StartsWith(Prefix, StringComparison.Ordinal) || token.Length < Prefix.Length + 34) return false;
        if (token[Prefix.Length + 32] != '_') return false;
        if (!Guid.TryParseExact(token.AsSpan(Prefix.Length, 32), "N", out deviceId)) return false;
        secret = token[(Prefix.Length + 33)..];
        return secret.Length > 0;
    }

    public static bool Matches(string secret, byte[] storedHash) => CryptographicOperations.FixedTimeEquals(Hash(secret), storedHash);
}
