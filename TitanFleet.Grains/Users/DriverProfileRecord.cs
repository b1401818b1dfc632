namespace TitanFleet.Grains.Users;

/// <summary>A stored driver profile with its concurrency version.</summary>
public sealed record DriverProfileRecord(Guid UserId, DriverProfile Profile, DateTimeOffset UpdatedAt, int Version);
