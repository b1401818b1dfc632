using Microsoft.AspNetCore.Identity;
using TitanFleet.Api.Auth;

namespace TitanFleet.Api.Users;

/// <summary>
/// The Identity store behind <see cref="PasswordRules"/>' user manager: it answers who a candidate
/// is and refuses everything else, because users are read and written by the users register.
/// </summary>
public sealed class PasswordOnlyUserStore : IUserStore<UserAccount>
{
    private const string NotThroughIdentity = "Users are read and written by the users register, not through ASP.NET Core Identity.";

    public Task<string> GetUserIdAsync(UserAccount user, CancellationToken cancellationToken) => Task.FromResult(user.Id.ToString());

    public Task<string?> GetUserNameAsync(UserAccount user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.Email);

    public Task<string?> GetNormalizedUserNameAsync(UserAccount user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.Email.ToUpperInvariant());

    public Task SetUserNameAsync(UserAccount user, string? userName, CancellationToken cancellationToken) => throw new NotSupportedException(NotThroughIdentity);

    public Task SetNormalizedUserNameAsync(UserAccount user, string? normalizedName, CancellationToken cancellationToken) => throw new NotSupportedException(NotThroughIdentity);

    public Task<IdentityResult> CreateAsync(UserAccount user, CancellationToken cancellationToken) => throw new NotSupportedException(NotThroughIdentity);

    public Task<IdentityResult> UpdateAsync(UserAccount user, CancellationToken cancellationToken) => throw new NotSupportedException(NotThroughIdentity);

    public Task<IdentityResult> DeleteAsync(UserAccount user, CancellationToken cancellationToken) => throw new NotSupportedException(NotThroughIdentity);

    public Task<UserAccount?> FindByIdAsync(string userId, CancellationToken cancellationToken) => throw new NotSupportedException(NotThroughIdentity);

    public Task<UserAccount?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) => throw new NotSupportedException(NotThroughIdentity);

    public void Dispose()
    {
    }
}
