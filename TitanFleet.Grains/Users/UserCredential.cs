namespace TitanFleet.Grains.Users;

/// <summary>
/// How a new or reset user signs in for the first time: an Identity password hash, or (hash "")
/// the SHA-256 of a one-time set-up token and when it expires.
/// </summary>
public sealed record UserCredential(string PasswordHash, byte[]? SetupTokenSha256, DateTimeOffset? SetupTokenExpiresAt)
{
    public static UserCredential Password(string hash) => new(hash, null, null);

    public static UserCredential SetupToken(byte[] sha256, DateTimeOffset expiresAt) => new("", sha256, expiresAt);
}
