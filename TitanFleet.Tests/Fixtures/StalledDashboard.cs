using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace TitanFleet.Tests.Fixtures;

/// <summary>
/// A dashboard that stops reading: a raw WebSocket with a tiny receive window that completes the
/// SignalR handshake, then only writes (pings, so the server's client timeout never closes it, and
/// any invocation the test asks for) until <see cref="ReadAllAsync"/> is called.
/// </summary>
public sealed class StalledDashboard : IAsyncDisposable
{
    private const char RecordSeparator = '\u001e';
    private static readonly TimeSpan PingEvery = TimeSpan.FromSeconds(1);
    private readonly ClientWebSocket _socket;
    private readonly HttpMessageInvoker _invoker;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private Task _pinging = Task.CompletedTask;
    private int _invocationId;

    private StalledDashboard(ClientWebSocket socket, HttpMessageInvoker invoker)
    {
        _socket = socket;
        _invoker = invoker;
    }

    public static async Task<StalledDashboard> ConnectAsync(Uri baseAddress, CookieContainer cookies)
    {
        var hub = new Uri(baseAddress, "/hubs/fleet");
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, ReceiveBufferSize = 4096 };
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        var invoker = new HttpMessageInvoker(handler);
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Cookie", cookies.GetCookieHeader(hub));
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await socket.ConnectAsync(new UriBuilder(hub) { Scheme = "ws" }.Uri, invoker, CancellationToken.None);
        var dashboard = new StalledDashboard(socket, invoker);
        await dashboard.SendAsync("""{"protocol":"json","version":1}""");
        var buffer = new byte[1024];
        var handshake = await socket.ReceiveAsync(buffer, CancellationToken.None);
        var answer = Encoding.UTF8.GetString(buffer, 0, handshake.Count);
        if (answer.Contains("error", StringComparison.Ordinal)) throw new InvalidOperationException($"Handshake refused: {answer}");
        dashboard._pinging = dashboard.PingAsync();
        return dashboard;
    }

    /// <summary>Invokes a hub method without ever reading its result.</summary>
    public Task InvokeWithoutReadingAsync(string target) =>
        SendAsync(JsonSerializer.Serialize(new { type = 1, invocationId = Interlocked.Increment(ref _invocationId).ToString(), target, arguments = Array.Empty<object>() }));

    /// <summary>
    /// Starts reading at last: collects every <c>VehiclesUpdated</c> batch until one satisfies
    /// <paramref name="done"/>, the server closes the connection, or the timeout passes.
    /// </summary>
    public async Task<(bool Closed, List<PushedVehicle[]> Batches)> ReadAsync(TimeSpan timeout, Func<PushedVehicle[], bool>? done = null)
    {
        var batches = new List<PushedVehicle[]>();
        var message = new List<byte>();
        var buffer = new byte[64 * 1024];
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var received = await _socket.ReceiveAsync(buffer, deadline.Token);
                if (received.MessageType == WebSocketMessageType.Close) return (true, batches);
                message.AddRange(buffer.AsSpan(0, received.Count));
                if (!received.EndOfMessage) continue;
                foreach (var record in Encoding.UTF8.GetString([.. message]).Split(RecordSeparator, StringSplitOptions.RemoveEmptyEntries))
                {
                    if (Parse(record) is not { } batch) continue;
                    batches.Add(batch);
                    if (done?.Invoke(batch) == true) return (false, batches);
                }
                message.Clear();
            }
        }
        catch (OperationCanceledException)
        {
            return (false, batches);
        }
        catch (WebSocketException)
        {
            return (true, batches);
        }
    }

    /// <summary>
    /// Reads, discarding, about <paramref name="bytesPerSecond"/> (a phone on a bad link): above
    /// Kestrel's minimum response data rate, far below what pushes need. True if the server closes
    /// the connection within the timeout.
    /// </summary>
    public async Task<bool> TrickleUntilClosedAsync(int bytesPerSecond, TimeSpan timeout)
    {
        const int Slices = 10;
        var buffer = new byte[Math.Max(1, bytesPerSecond / Slices)];
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var received = await _socket.ReceiveAsync(buffer, deadline.Token);
                if (received.MessageType == WebSocketMessageType.Close) return true;
                await Task.Delay(TimeSpan.FromSeconds(1.0 / Slices), deadline.Token);
            }
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        catch (WebSocketException)
        {
            return true;
        }
    }

    private static PushedVehicle[]? Parse(string record)
    {
        using var json = JsonDocument.Parse(record);
        var root = json.RootElement;
        if (!root.TryGetProperty("target", out var target) || target.GetString() != "VehiclesUpdated") return null;
        return root.GetProperty("arguments")[0].Deserialize<PushedVehicle[]>(JsonSerializerOptions.Web);
    }

    private async Task PingAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                await Task.Delay(PingEvery, _stop.Token);
                await SendAsync("""{"type":6}""");
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The server closed the connection or the test is done with it.
        }
    }

    private async Task SendAsync(string json)
    {
        await _sendLock.WaitAsync();
        try
        {
            await _socket.SendAsync(Encoding.UTF8.GetBytes(json + RecordSeparator), WebSocketMessageType.Text, endOfMessage: true, _stop.Token);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _pinging;
        _socket.Abort();
        _socket.Dispose();
        _invoker.Dispose();
        _stop.Dispose();
        _sendLock.Dispose();
    }
}
