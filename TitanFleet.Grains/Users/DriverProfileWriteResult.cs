namespace TitanFleet.Grains.Users;

/// <summary>What a profile write did; <see cref="Record"/> is the current profile for a version conflict.</summary>
public sealed record DriverProfileWriteResult(UserWriteStatus Status, DriverProfileRecord? Record = null);
