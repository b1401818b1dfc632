using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;
using TitanFleet.Api.Auth;

namespace TitanFleet.Api.Hubs;

/// <summary>
/// SignalR's own lifetime manager, plus the registry of connections: pushes are written to each
/// connection by its own sender (<see cref="DashboardSender"/>), never awaited as a group send, which
/// completes only when every connection in the group has taken the bytes.
/// </summary>
public sealed class FleetHubLifetimeManager(DashboardConnections connections, UserSessions sessions, ILogger<DefaultHubLifetimeManager<FleetHub>> logger)
    : DefaultHubLifetimeManager<FleetHub>(logger)
{
    public override async Task OnConnectedAsync(HubConnectionContext connection)
    {
        await base.OnConnectedAsync(connection);
        connections.Add(connection);
        // A session ended between the handshake's cookie check and the line above was broadcast before
        // this connection was registered, so nothing would close it: check once more now it is.
        if (connection.User.GetSessionId() is { } sessionId && !await sessions.IsLiveAsync(connection.User.GetSubjectId(), sessionId))
            connection.Abort();
    }

    public override async Task OnDisconnectedAsync(HubConnectionContext connection)
    {
        connections.Remove(connection.ConnectionId);
        await base.OnDisconnectedAsync(connection);
    }
}
