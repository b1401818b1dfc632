using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using TitanFleet.Grains.Dashboard;

namespace TitanFleet.Tests.Fixtures;

/// <summary>A live-map dashboard: a real SignalR client signed in with the user's cookie, recording every batch it receives.</summary>
public sealed class DashboardClient : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly ConcurrentQueue<(DateTimeOffset ReceivedAt, PushedVehicle[] Batch)> _batches = new();
    private readonly ConcurrentQueue<PushedEvent> _events = new();
    private readonly ConcurrentQueue<PushedNotification> _notifications = new();
    private readonly ConcurrentQueue<(DateTimeOffset ReceivedAt, DashboardStats Stats)> _stats = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly TaskCompletionSource<Exception?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private DashboardClient(HubConnection connection)
    {
        _connection = connection;
        _connection.On<PushedVehicle[]>("VehiclesUpdated", batch =>
        {
            _batches.Enqueue((DateTimeOffset.UtcNow, batch));
            _arrived.Release();
        });
        _connection.On<PushedEvent>("EventRaised", fleetEvent =>
        {
            _events.Enqueue(fleetEvent);
            _arrived.Release();
        });
        _connection.On<DashboardStats>("StatsChanged", stats =>
        {
            _stats.Enqueue((DateTimeOffset.UtcNow, stats));
            _arrived.Release();
        });
        _connection.On<PushedNotification>("NotificationRaised", notification =>
        {
            _notifications.Enqueue(notification);
            _arrived.Release();
        });
        _connection.Closed += error =>
        {
            _closed.TrySetResult(error);
            return Task.CompletedTask;
        };
    }

    /// <summary>Completes when the connection closes (the server's exception, or null for a clean close).</summary>
    public Task<Exception?> Closed => _closed.Task;

    public IReadOnlyList<(DateTimeOffset ReceivedAt, PushedVehicle[] Batch)> Batches => [.. _batches];

    /// <summary>Every fleet event received so far, in arrival order.</summary>
    public IReadOnlyList<PushedEvent> Events => [.. _events];

    /// <summary>Every notification pushed to this connection's user so far, in arrival order.</summary>
    public IReadOnlyList<PushedNotification> Notifications => [.. _notifications];

    /// <summary>Every header-figures push received so far, in arrival order, with its arrival time.</summary>
    public IReadOnlyList<(DateTimeOffset ReceivedAt, DashboardStats Stats)> Stats => [.. _stats];

    public static async Task<DashboardClient> ConnectAsync(Uri baseAddress, CookieContainer cookies)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "/hubs/fleet"), options => options.Cookies = cookies)
            .Build();
        var client = new DashboardClient(connection);
        await connection.StartAsync();
        return client;
    }

    public Task<PushedVehicle[]> GetSnapshotAsync() => _connection.InvokeAsync<PushedVehicle[]>("GetSnapshot");

    /// <summary>Waits until a received update satisfies the predicate; returns it with its arrival time.</summary>
    public async Task<(DateTimeOffset ReceivedAt, PushedVehicle Vehicle)> WaitForAsync(Func<PushedVehicle, bool> predicate, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        while (true)
        {
            foreach (var (receivedAt, batch) in _batches)
            {
                if (batch.FirstOrDefault(predicate) is { } match) return (receivedAt, match);
            }
            try
            {
                await _arrived.WaitAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No matching push within {timeout}; received {_batches.Count} batches");
            }
        }
    }

    /// <summary>Waits until a fleet event of the type arrives that satisfies the predicate.</summary>
    public async Task<PushedEvent> WaitForEventAsync(string type, Func<PushedEvent, bool> predicate, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        while (true)
        {
            if (_events.FirstOrDefault(e => e.Type == type && predicate(e)) is { } match) return match;
            try
            {
                await _arrived.WaitAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No {type} event within {timeout}; received {string.Join(", ", _events.Select(e => e.Type))}");
            }
        }
    }

    /// <summary>Waits until a header-figures push satisfying the predicate arrives.</summary>
    public async Task<DashboardStats> WaitForStatsAsync(Func<DashboardStats, bool> predicate, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        while (true)
        {
            if (_stats.FirstOrDefault(pushed => predicate(pushed.Stats)) is { Stats: { } match }) return match;
            try
            {
                await _arrived.WaitAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No matching figures within {timeout}; received {_stats.Count} pushes");
            }
        }
    }

    /// <summary>Waits until a notification satisfying the predicate arrives.</summary>
    public async Task<PushedNotification> WaitForNotificationAsync(Func<PushedNotification, bool> predicate, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        while (true)
        {
            if (_notifications.FirstOrDefault(predicate) is { } match) return match;
            try
            {
                await _arrived.WaitAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No matching notification within {timeout}; received {string.Join(", ", _notifications.Select(n => n.EventType))}");
            }
        }
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}
