using System.Net.Http.Json;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Geofences;

/// <summary>A vehicle's phone posting a stretch of its drive as one batch (fixes a minute apart unless given).</summary>
public static class VehicleDrive
{
    /// <summary>A fixed start some minutes ago, so every fix of a test is in the past and in range.</summary>
    // One reading of the clock: two readings gave a start a few ticks short of a whole second, which the
    // server's microsecond fix times then no longer matched exactly.
    public static DateTimeOffset Start()
    {
        var now = DateTimeOffset.UtcNow;
        return now.AddMinutes(-30).AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
    }

    public static async Task PostAsync(Uri baseAddress, TestVehicle vehicle, params (DateTimeOffset At, double Latitude, double Longitude)[] fixes)
    {
        using var device = FleetHttp.Device(baseAddress, vehicle.DeviceToken);
        var positions = fixes.Select(f => FleetHttp.Position(f.At, f.Latitude, f.Longitude, speed: 40)).ToArray();
        using var response = await device.PostAsJsonAsync("/api/locations/batch", new { positions });
        Assert.True(response.IsSuccessStatusCode, $"Posting fixes answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
