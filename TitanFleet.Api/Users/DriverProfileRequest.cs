namespace TitanFleet.Api.Users;

/// <summary>
/// Creates or replaces a driver's profile. <see cref="Version"/> is the profile's version last read;
/// omit it only when the driver has no profile yet.
/// </summary>
public sealed record DriverProfileRequest(
    string? LicenceNumber,
    string[]? LicenceCategories,
    DateOnly? LicenceExpiry,
    DateOnly? CpcExpiry,
    int? Version);
