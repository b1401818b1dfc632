using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.SignalR.Client;
using TitanFleet.Api.Hubs;

namespace TitanFleet.Tests.Security;

/// <summary>Dashboards as a caller of any role would open them: the real SignalR client, or a raw WebSocket for frames the client would never send.</summary>
public static class HubClients
{
    public const char RecordSeparator = '\u001e';

    public static async Task<HubConnection> ConnectAsync(Caller caller)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(caller.BaseAddress, FleetHub.Path), options =>
            {
                if (caller.Cookies is not null) options.Cookies = caller.Cookies;
                if (caller.DeviceToken is not null) options.Headers["Authorization"] = $"Bearer {caller.DeviceToken}";
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }

    /// <summary>A WebSocket straight to the hub (no negotiate), past the handshake when <paramref name="handshake"/> is set.</summary>
    public static async Task<ClientWebSocket> OpenRawAsync(Caller caller, bool handshake)
    {
        var socket = new ClientWebSocket();
        if (caller.Cookies is not null) socket.Options.Cookies = caller.Cookies;
        var uri = new UriBuilder(new Uri(caller.BaseAddress, FleetHub.Path)) { Scheme = "ws" }.Uri;
        await socket.ConnectAsync(uri, CancellationToken.None);
        if (handshake)
        {
            await SendAsync(socket, Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":1}" + RecordSeparator));
            await ReceiveAsync(socket, TimeSpan.FromSeconds(10));
        }
        return socket;
    }

    public static Task SendAsync(ClientWebSocket socket, byte[] frame) =>
        socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    /// <summary>The next message, or null when the server closed the socket or said nothing within the timeout.</summary>
    public static async Task<string?> ReceiveAsync(ClientWebSocket socket, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        var buffer = new byte[64 * 1024];
        try
        {
            var result = await socket.ReceiveAsync(buffer, cancellation.Token);
            return result.MessageType == WebSocketMessageType.Close ? null : Encoding.UTF8.GetString(buffer, 0, result.Count);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            return null;
        }
    }
}
