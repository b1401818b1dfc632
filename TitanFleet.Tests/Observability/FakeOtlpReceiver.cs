using System.Text;
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
/// Stands in for an OpenTelemetry collector (OTLP over HTTP/protobuf) on a loopback port. Protobuf
/// keeps strings as raw UTF-8, so span names and instrumentation scopes can be found in the bytes.
/// </summary>
public sealed class FakeOtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly StringBuilder _traces = new();
    private readonly SemaphoreSlim _received = new(0);

    private FakeOtlpReceiver(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    public static async Task<FakeOtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new FakeOtlpReceiver(app);
        app.MapPost("/v1/traces", receiver.ReceiveTracesAsync);
        app.MapPost("/v1/{signal}", () => Results.Ok());
        await app.StartAsync();
        receiver.Endpoint = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        return receiver;
    }

    /// <summary>Waits until every marker has appeared in exported trace data.</summary>
    public async Task WaitForTracesContainingAsync(IReadOnlyCollection<string> markers, CancellationToken cancellationToken)
    {
        while (true)
        {
            lock (_traces)
            {
                var text = _traces.ToString();
                if (markers.All(marker => text.Contains(marker, StringComparison.Ordinal))) return;
            }
            await _received.WaitAsync(cancellationToken);
        }
    }

    public string MissingFrom(IReadOnlyCollection<string> markers)
    {
        lock (_traces) return string.Join(", ", markers.Where(marker => !_traces.ToString().Contains(marker, StringComparison.Ordinal)));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> ReceiveTracesAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        lock (_traces) _traces.Append(Encoding.UTF8.GetString(buffer.ToArray()));
        _received.Release();
        return Results.Ok();
    }
}
