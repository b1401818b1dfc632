namespace TitanFleet.Grains.Users;

/// <summary>One page of users and the cursor of the next page (null on the last one).</summary>
public sealed record UserPageResult(IReadOnlyList<UserRecord> Items, UserCursor? Next);
