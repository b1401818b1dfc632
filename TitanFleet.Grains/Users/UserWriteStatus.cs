namespace TitanFleet.Grains.Users;

public enum UserWriteStatus
{
    Written = 0,
    Unchanged = 1,
    NotFound = 2,
    VersionConflict = 3,
    Duplicate = 4,

    /// <summary>The change would leave the company without an active admin.</summary>
    LastAdmin = 5,

    /// <summary>The user is not a driver, so has no driver profile.</summary>
    NotDriver = 6,
}
