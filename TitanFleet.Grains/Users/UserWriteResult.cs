namespace TitanFleet.Grains.Users;

/// <summary>
/// What a write did. <see cref="Record"/> is the row as it now stands (for a version conflict, the
/// current row) and <see cref="Previous"/> the row before a written change; <see cref="DuplicateField"/>
/// names the unique field another user holds.
/// </summary>
public sealed record UserWriteResult(UserWriteStatus Status, UserRecord? Record = null, string? DuplicateField = null, UserRecord? Previous = null)
{
    /// <summary>A written change that takes access away: the user was deactivated or given another role.</summary>
    public bool ReducedAccess => Status == UserWriteStatus.Written && Previous is { } before && Record is { } after
        && (before.Details.Role != after.Details.Role || (before.Details.Active && !after.Details.Active));
}
