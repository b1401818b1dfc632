using TitanFleet.Grains.Users;

namespace TitanFleet.Api.Users;

/// <summary>
/// A user as the API shows it (never a password or token). <see cref="HasPassword"/> is false until a
/// set-up token is used. <see cref="DriverProfile"/> is filled for drivers who have one, in lists and single reads.
/// <see cref="Version"/> (also the ETag) goes back with an update or delete.
/// </summary>
public sealed record UserResponse(
    Guid Id,
    string Email,
    string FullName,
    string? Username,
    string? Phone,
    string Role,
    bool Active,
    bool HasPassword,
    DriverProfileResponse? DriverProfile,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version)
{
    public static UserResponse From(UserRecord record, DriverProfileRecord? profile = null)
    {
        var d = record.Details;
        return new UserResponse(
            Id: record.Id, Email: d.Email, FullName: d.FullName, Username: d.Username, Phone: d.Phone, Role: d.Role, Active: d.Active,
            HasPassword: record.HasPassword, DriverProfile: profile is null ? null : DriverProfileResponse.From(profile),
            CreatedAt: record.CreatedAt, UpdatedAt: record.UpdatedAt, Version: record.Version);
    }
}
