namespace TitanFleet.Api.Auth;

/// <summary>The signed-in user as the API shows it (never the password hash).</summary>
public sealed record CurrentUser(Guid Id, string Email, string DisplayName, string Role, Guid CompanyId, string CompanyName)
{
    public static CurrentUser From(UserAccount account) =>
        new(account.Id, account.Email, account.DisplayName, account.Role, account.CompanyId, account.CompanyName);
}
