namespace TitanFleet.Api.Users;

/// <summary>
/// Replaces a user's details (omitted optional fields are cleared): role changes and deactivation go
/// through here too and end the user's sessions. <see cref="Version"/> is the version last read.
/// </summary>
public sealed record UpdateUserRequest(
    string? Email,
    string? FullName,
    string? Username,
    string? Phone,
    string? Role,
    bool? Active,
    int? Version) : IUserFields;
