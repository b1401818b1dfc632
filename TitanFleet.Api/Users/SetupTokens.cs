using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace TitanFleet.Api.Users;

/// <summary>
/// One-time set-up tokens: 256 random bits, shown once; only their SHA-256 is stored, so a copy of
/// the database cannot be used to set anyone's password.
/// </summary>
public static class SetupTokens
{
    public const int MaxLength = 128;
    private const string Prefix = "tfs_";

    public static string New() => Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
