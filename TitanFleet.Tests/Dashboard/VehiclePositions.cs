using System.Net.Http.Json;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Dashboard;

/// <summary>Posts fixes as the vehicle's phone does, through the public ingestion API.</summary>
internal static class VehiclePositions
{
    public static async Task PostAsync(Uri baseAddress, TestVehicle vehicle, double latitude, double longitude, double speed = 0, double heading = 0)
    {
        using var device = FleetHttp.Device(baseAddress, vehicle.DeviceToken);
        using var response = await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(DateTimeOffset.UtcNow, latitude, longitude, speed, heading: heading));
        response.EnsureSuccessStatusCode();
    }
}
