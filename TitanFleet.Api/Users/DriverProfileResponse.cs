using TitanFleet.Grains.Users;

namespace TitanFleet.Api.Users;

/// <summary>A driver's licence and CPC details; <see cref="Version"/> goes back with the next update.</summary>
public sealed record DriverProfileResponse(
    string LicenceNumber,
    IReadOnlyList<string> LicenceCategories,
    DateOnly LicenceExpiry,
    DateOnly? CpcExpiry,
    DateTimeOffset UpdatedAt,
    int Version)
{
    public static DriverProfileResponse From(DriverProfileRecord record) => new(
        LicenceNumber: record.Profile.LicenceNumber, LicenceCategories: record.Profile.LicenceCategories,
        LicenceExpiry: record.Profile.LicenceExpiry, CpcExpiry: record.Profile.CpcExpiry,
        UpdatedAt: record.UpdatedAt, Version: record.Version);
}
