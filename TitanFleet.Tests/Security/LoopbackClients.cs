using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace TitanFleet.Tests.Security;

/// <summary>
/// HTTP clients that each connect from their own loopback address (127.1.x.y). The silo limits some
/// anonymous endpoints per client address (login); the harness sends thousands of requests from one
/// machine, and without distinct addresses all but the first few would be answered 429 by the
/// limiter instead of reaching the handler under test.
/// </summary>
public static class LoopbackClients
{
    private static int _next;

    public static HttpClient Create(Uri baseAddress, CookieContainer? cookies = null, string? deviceToken = null)
    {
        var n = Interlocked.Increment(ref _next);
        var source = new IPAddress([127, 1, (byte)(n / 250 % 250), (byte)(n % 250 + 1)]);
        var handler = new SocketsHttpHandler
        {
            UseCookies = cookies is not null,
            CookieContainer = cookies ?? new CookieContainer(),
            AllowAutoRedirect = false,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(source, 0));
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
        var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (deviceToken is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", deviceToken);
        return client;
    }
}
