using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Faults;

/// <summary>
/// A live-map dashboard that, when its silo goes away, reconnects to another silo of the cluster
/// with the same sign-in cookie (as the page does), recording when it lost and regained updates.
/// </summary>
public sealed class RoamingDashboard : IAsyncDisposable
{
    private readonly FaultCluster _cluster;
    private readonly CookieContainer _cookies;
    private readonly int _index;
    private readonly CancellationTokenSource _disposed = new();
    private HubConnection? _connection;
    private long _updates;

    private RoamingDashboard(FaultCluster cluster, CookieContainer cookies, int index)
    {
        _cluster = cluster;
        _cookies = cookies;
        _index = index;
    }

    public SiloProcess? Silo { get; private set; }

    /// <summary>The silo this dashboard was on when its connection first closed.</summary>
    public SiloProcess? LostSilo { get; private set; }

    public DateTimeOffset? LostAt { get; private set; }

    public DateTimeOffset? ReconnectedAt { get; private set; }

    /// <summary>First update received after reconnecting: the dashboard shows the fleet again.</summary>
    public DateTimeOffset? FirstUpdateAfterReconnect { get; private set; }

    public int Reconnects { get; private set; }

    public long Updates => Interlocked.Read(ref _updates);

    public static async Task<RoamingDashboard> ConnectAsync(FaultCluster cluster, CookieContainer cookies, SiloProcess silo, int index)
    {
        var dashboard = new RoamingDashboard(cluster, cookies, index);
        await dashboard.ConnectToAsync(silo);
        return dashboard;
    }

    private async Task ConnectToAsync(SiloProcess silo)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(silo.BaseAddress, "/hubs/fleet"), options => options.Cookies = _cookies)
            .Build();
        connection.On<PushedVehicle[]>("VehiclesUpdated", _ =>
        {
            Interlocked.Increment(ref _updates);
            if (ReconnectedAt is not null) FirstUpdateAfterReconnect ??= DateTimeOffset.UtcNow;
        });
        connection.Closed += error =>
        {
            if (!_disposed.IsCancellationRequested) _ = Task.Run(RoamAsync);
            return Task.CompletedTask;
        };
        await connection.StartAsync(_disposed.Token);
        _connection = connection;
        Silo = silo;
    }

    private async Task RoamAsync()
    {
        if (LostAt is null)
        {
            LostAt = DateTimeOffset.UtcNow;
            LostSilo = Silo;
        }
        for (var attempt = 1; !_disposed.IsCancellationRequested; attempt++)
        {
            var next = _cluster.Pick(_index, attempt);
            if (next == Silo)
            {
                await Task.Delay(50);
                continue;
            }
            try
            {
                await ConnectToAsync(next);
                Reconnects++;
                ReconnectedAt ??= DateTimeOffset.UtcNow;
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                _cluster.MarkDown(next);
                await Task.Delay(250);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _disposed.CancelAsync();
        if (_connection is not null) await _connection.DisposeAsync();
        _disposed.Dispose();
    }
}
