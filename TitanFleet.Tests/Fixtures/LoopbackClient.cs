using System.Net;
using System.Net.Sockets;

namespace TitanFleet.Tests.Fixtures;

/// <summary>
/// An HTTP client whose connections come from its own loopback address (127.x.y.z), so a test of a
/// per-address limit neither uses up nor inherits the budget of other tests on 127.0.0.1.
/// </summary>
public static class LoopbackClient
{
    public static HttpClient FromFreshAddress(Uri baseAddress)
    {
        var bytes = new byte[3];
        Random.Shared.NextBytes(bytes);
        var local = new IPAddress([127, bytes[0], bytes[1], (byte)Math.Max((int)bytes[2], 2)]);
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(local, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }
}
