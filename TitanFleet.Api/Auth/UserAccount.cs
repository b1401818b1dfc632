namespace TitanFleet.Api.Auth;

public sealed record UserAccount(Guid Id, Guid CompanyId, string CompanyName, string Email, string DisplayName, string Role, string PasswordHash);
