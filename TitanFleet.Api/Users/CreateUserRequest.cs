namespace TitanFleet.Api.Users;

/// <summary>
/// Adds a user. With <see cref="Password"/> they can sign in at once; without it the response
/// carries a one-time set-up token (shown once) with which they choose their own. Active defaults to true.
/// </summary>
public sealed record CreateUserRequest(
    string? Email,
    string? FullName,
    string? Username,
    string? Phone,
    string? Role,
    bool? Active,
    string? Password) : IUserFields;
