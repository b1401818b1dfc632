using Microsoft.Extensions.Logging;

namespace TitanFleet.Api.Users;

/// <summary>
/// The one place the users register ends a user's sessions: after their deactivation, a role change
/// or a password change commits. Server-side sessions are being added on the `sessions` branch
/// (issue 9); until they land a signed-in cookie stays valid until it expires, and this records that
/// the change should have ended them. When they land, this calls their EndAllAsync for the user.
/// </summary>
public sealed partial class UserSessionTermination(ILogger<UserSessionTermination> logger)
{
    public Task EndAllAsync(Guid userId, string reason)
    {
        LogSessionsToEnd(logger, userId, reason);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId}'s sessions end: {Reason}")]
    private static partial void LogSessionsToEnd(ILogger logger, Guid userId, string reason);
}
