using System.Net;
using System.Net.Http.Json;
using TitanFleet.Tests.Api.Auth;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Cluster;

/// <summary>Dashboards opened with a given session cookie, and the push a still-connected one must keep getting.</summary>
public static class SessionDashboards
{
    /// <summary>"Within a couple of seconds" with room for a loaded 2-core machine; the old code never closes them at all.</summary>
    public static readonly TimeSpan CloseWait = TimeSpan.FromSeconds(5);

    public static readonly TimeSpan PushWait = TimeSpan.FromSeconds(15);

    public static Task<DashboardClient> ConnectAsync(Uri baseAddress, string cookie)
    {
        var jar = new CookieContainer();
        jar.SetCookies(baseAddress, cookie);
        return DashboardClient.ConnectAsync(baseAddress, jar);
    }

    public static async Task<Guid> UserIdAsync(Uri baseAddress, string cookie) =>
        (await SessionCookies.CurrentUserAsync(baseAddress, cookie)).GetProperty("id").GetGuid();

    /// <summary>Posts a fresh position for the vehicle and waits until the dashboard receives it.</summary>
    public static async Task AssertReceivesAsync(DashboardClient dashboard, Uri postTo, TestVehicle vehicle, double latitude)
    {
        using var device = FleetHttp.Device(postTo, vehicle.DeviceToken);
        (await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(DateTimeOffset.UtcNow, latitude, -1.5))).EnsureSuccessStatusCode();
        await dashboard.WaitForAsync(v => v.VehicleId == vehicle.VehicleId && v.Latitude == latitude, PushWait);
    }
}
