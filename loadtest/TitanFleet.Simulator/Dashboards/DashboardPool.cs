using Microsoft.AspNetCore.SignalR.Client;
using TitanFleet.Simulator.Metrics;

namespace TitanFleet.Simulator.Dashboards;

/// <summary>
/// M live-map dashboards on /hubs/fleet sharing one signed-in session (as tabs of one browser). Each
/// update's delay is its arrival time minus the fix time the simulator set at the moment it posted.
/// </summary>
public sealed class DashboardPool(Uri baseUrl, string cookie, int count) : IAsyncDisposable
{
    private readonly List<HubConnection> _connections = [];
    private long _batches;

    public DelayHistogram Delays { get; } = new("push delay (per update)");

    public long Batches => Interlocked.Read(ref _batches);

    /// <summary>Only fixes at or after this moment count, so state from before the run does not pollute the figures.</summary>
    public DateTimeOffset CountFrom { get; set; } = DateTimeOffset.MaxValue;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        for (var i = 0; i < count; i++)
        {
            var connection = new HubConnectionBuilder()
                .WithUrl(new Uri(baseUrl, "/hubs/fleet"), options => options.Headers["Cookie"] = cookie)
                .Build();
            connection.On<PushedVehicle[]>("VehiclesUpdated", OnUpdated);
            await connection.StartAsync(cancellationToken);
            _connections.Add(connection);
        }
    }

    private void OnUpdated(PushedVehicle[] vehicles)
    {
        var now = DateTimeOffset.UtcNow;
        var from = CountFrom;
        Interlocked.Increment(ref _batches);
        foreach (var vehicle in vehicles)
        {
            if (vehicle.FixTime is { } fix && fix >= from) Delays.RecordMilliseconds((now - fix).TotalMilliseconds);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections) await connection.DisposeAsync();
        _connections.Clear();
    }
}
