using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace TitanFleet.Api.Auth;

/// <summary>
/// Checks a login's password. An unknown email is verified against a dummy hash made by the same
/// hasher at the same cost, so a login takes the same work whether or not the email has an account
/// and its duration does not tell an attacker which emails exist.
/// </summary>
public sealed class PasswordCheck(IPasswordHasher<UserAccount> hasher)
{
    private static readonly UserAccount Nobody = new(Guid.Empty, Guid.Empty, "", "", "", "", "");

    private readonly string _dummyHash = hasher.HashPassword(Nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

    public bool Matches(UserAccount? account, string password)
    {
        if (account is null)
        {
            hasher.VerifyHashedPassword(Nobody, _dummyHash, password);
            return false;
        }
        return hasher.VerifyHashedPassword(account, account.PasswordHash, password) != PasswordVerificationResult.Failed;
    }
}
