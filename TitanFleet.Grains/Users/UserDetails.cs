namespace TitanFleet.Grains.Users;

/// <summary>The fields of a user an admin writes; email already normalised to lower case.</summary>
public sealed record UserDetails(
    string Email,
    string FullName,
    string? Username,
    string? Phone,
    string Role,
    bool Active);
