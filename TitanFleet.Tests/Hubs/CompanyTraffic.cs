using System.Net.Http.Json;
using TitanFleet.Tests.Api;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Hubs;

/// <summary>
/// Vehicles of one company moving at once: a manager posts one batch with a fresh fix for each
/// vehicle every push interval, so each push to the company's dashboards carries all of them.
/// </summary>
public sealed class CompanyTraffic : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _posting;
    private DateTimeOffset _lastFix;

    private CompanyTraffic(HttpClient manager, IReadOnlyList<TestVehicle> vehicles, TimeSpan every)
    {
        _posting = PostAsync(manager, vehicles, every);
    }

    public static CompanyTraffic Start(HttpClient manager, IReadOnlyList<TestVehicle> vehicles, TimeSpan every) => new(manager, vehicles, every);

    /// <summary>Stops posting; returns the fix time of the last batch the server accepted.</summary>
    public async Task<DateTimeOffset> StopAsync()
    {
        await _stop.CancelAsync();
        await _posting;
        return _lastFix;
    }

    private async Task PostAsync(HttpClient manager, IReadOnlyList<TestVehicle> vehicles, TimeSpan every)
    {
        // Fixes a minute in the past, a millisecond apart per round, stay unique and valid however fast rounds go.
        var fix = LocationIngestionTests.TruncatedNow().AddMinutes(-1);
        while (!_stop.IsCancellationRequested)
        {
            fix = fix.AddMilliseconds(1);
            var positions = vehicles.Select((v, i) => FleetHttp.Position(fix, 52 + i * 0.001, -1, vehicleId: v.VehicleId)).ToArray();
            using (var response = await manager.PostAsJsonAsync("/api/locations/batch", new { positions }))
            {
                response.EnsureSuccessStatusCode();
            }
            _lastFix = fix;
            try
            {
                await Task.Delay(every, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested) await StopAsync();
        _stop.Dispose();
    }
}
