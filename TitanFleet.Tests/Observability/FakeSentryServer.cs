using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TitanFleet.Tests.Observability;

/// <summary>
/// Stands in for Sentry's ingestion endpoint on a loopback port: accepts envelopes (gzip or plain),
/// keeps each item's type and raw JSON, and answers 200 like Sentry does.
/// </summary>
public sealed class FakeSentryServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<EnvelopeItem> _items = Channel.CreateUnbounded<EnvelopeItem>();

    private FakeSentryServer(WebApplication app) => _app = app;

    public string Dsn { get; private set; } = "";

    /// <summary>Every item received so far, in arrival order.</summary>
    public List<EnvelopeItem> Received { get; } = [];

    public static async Task<FakeSentryServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeSentryServer(app);
        app.MapPost("/api/{project}/envelope/", server.ReceiveAsync);
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        server.Dsn = $"http://publickey@127.0.0.1:{address.Port}/1";
        return server;
    }

    /// <summary>Waits for the first event item whose JSON contains <paramref name="marker"/>.</summary>
    public async Task<EnvelopeItem> WaitForEventAsync(string marker, CancellationToken cancellationToken)
    {
        while (true)
        {
            var item = await _items.Reader.ReadAsync(cancellationToken);
            if (item.Type == "event" && item.Json.Contains(marker, StringComparison.Ordinal)) return item;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        Stream body = request.Body;
        if (request.Headers.ContentEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase))
            body = new GZipStream(body, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        await body.CopyToAsync(buffer);
        foreach (var item in Parse(buffer.ToArray()))
        {
            lock (Received) Received.Add(item);
            await _items.Writer.WriteAsync(item);
        }
        return Results.Ok();
    }

    /// <summary>An envelope is a header line, then per item a header line and a payload of "length" bytes (or up to the newline).</summary>
    private static IEnumerable<EnvelopeItem> Parse(byte[] envelope)
    {
        var position = NextLine(envelope, 0).Next;
        while (position < envelope.Length)
        {
            var (headerLine, afterHeader) = NextLine(envelope, position);
            if (headerLine.Length == 0) break;
            using var header = JsonDocument.Parse(headerLine);
            var type = header.RootElement.GetProperty("type").GetString()!;
            string payload;
            if (header.RootElement.TryGetProperty("length", out var length))
            {
                payload = Encoding.UTF8.GetString(envelope, afterHeader, length.GetInt32());
                position = afterHeader + length.GetInt32() + 1;
            }
            else
            {
                (var line, position) = NextLine(envelope, afterHeader);
                payload = Encoding.UTF8.GetString(line);
            }
            yield return new EnvelopeItem(type, payload);
        }
    }

    private static (byte[] Line, int Next) NextLine(byte[] data, int start)
    {
        var end = Array.IndexOf(data, (byte)'\n', start);
        if (end < 0) end = data.Length;
        return (data[start..end], end + 1);
    }
}

public sealed record EnvelopeItem(string Type, string Json);
