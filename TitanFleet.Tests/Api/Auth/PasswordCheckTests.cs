using Microsoft.AspNetCore.Identity;
using TitanFleet.Api.Auth;

namespace TitanFleet.Tests.Api.Auth;

public sealed class PasswordCheckTests
{
    private static readonly UserAccount Account = new(Guid.NewGuid(), Guid.NewGuid(), "Fleet", "a@b.test", "A", Roles.Admin, "");

    [Fact]
    public void Matches_UnknownEmail_VerifiesOnceAgainstHashOfSameFormatAndCost()
    {
        var hasher = new RecordingHasher();
        var check = new PasswordCheck(hasher);
        var realHash = hasher.HashPassword(Account, "correct horse");

        Assert.False(check.Matches(null, "correct horse"));

        var verified = Assert.Single(hasher.Verified);
        // Identity's v3 header: format marker, PRF, iteration count and salt length (13 bytes) set the work done.
        Assert.Equal(Convert.FromBase64String(realHash)[..13], Convert.FromBase64String(verified)[..13]);
    }

    [Fact]
    public void Matches_KnownAccount_TrueOnlyForItsPassword()
    {
        var hasher = new RecordingHasher();
        var check = new PasswordCheck(hasher);
        var account = Account with { PasswordHash = hasher.HashPassword(Account, "correct horse") };

        Assert.True(check.Matches(account, "correct horse"));
        Assert.False(check.Matches(account, "battery staple"));
        Assert.Equal(2, hasher.Verified.Count);
    }

    /// <summary>The framework's hasher, recording which hashes it was asked to verify.</summary>
    private sealed class RecordingHasher : IPasswordHasher<UserAccount>
    {
        private readonly PasswordHasher<UserAccount> _hasher = new();

        public List<string> Verified { get; } = [];

        public string HashPassword(UserAccount user, string password) => _hasher.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(UserAccount user, string hashedPassword, string providedPassword)
        {
            Verified.Add(hashedPassword);
            return _hasher.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
