using System.Net.Http.Json;
using System.Text.Json;
using TitanFleet.Simulator.Demo;
using TitanFleet.Simulator.Fleet;
using TitanFleet.Simulator.Load;
using TitanFleet.Simulator.Metrics;
using TitanFleet.Tests.Fixtures;
using SimulatorHttp = TitanFleet.Simulator.Http.FleetHttp;

namespace TitanFleet.Tests.LoadTest;

/// <summary>
/// One demo shift cycle, shrunk to seconds, against the seeded demo company: while the vehicle's
/// demo device posts (as DemoRun does), the demo driver checks, starts, drives, breaks and ends;
/// the manager sees the driver on the live vehicle and the timesheet with its break.
/// </summary>
[Collection(SingleSiloCollection.Name)]
public sealed class DemoShiftTests(SingleSiloFixture fixture)
{
    private const int VehicleIndex = 2;
    private const string DemoDriverName = "Dana Driver";

    [Fact]
    public async Task RunCycleAsync_ShortShiftWhileDevicePosts_TimesheetWithBreakAndDriverOnLiveVehicle()
    {
        using var client = SimulatorHttp.CreateClient(fixture.BaseAddress, 4);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var managerCookie = await SimulatorHttp.LoginAsync(client, DemoIdentities.Email("manager"), DemoIdentities.Password, timeout.Token);
        var vehicle = new SimulatedVehicle(VehicleIndex);
        var options = new DemoShiftOptions(VehicleIndex, Drive: TimeSpan.FromSeconds(2), Break: TimeSpan.FromSeconds(1), RetryPause: TimeSpan.FromSeconds(1));
        var shift = new DemoShift(new DemoDriverSession(client), vehicle, options, TextWriter.Null);
        using var deviceStop = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
        var namesSeen = new HashSet<string>();
        var device = DriveAndWatchAsync(client, vehicle, managerCookie, namesSeen, deviceStop.Token);

        var timesheet = await shift.RunCycleAsync(timeout.Token);
        await deviceStop.CancelAsync();
        await device;

        var listed = await GetJsonAsync(client, $"/api/timesheets?vehicleId={DemoIdentities.VehicleId(VehicleIndex)}", managerCookie);
        var entry = Assert.Single(listed.GetProperty("items").EnumerateArray(), item => item.GetProperty("id").GetGuid() == timesheet.GetProperty("id").GetGuid());
        Assert.Equal(DemoDriverName, entry.GetProperty("driverName").GetString());
        Assert.True(entry.GetProperty("breakSeconds").GetInt32() > 0, $"no break on the timesheet: {entry.GetRawText()}");
        Assert.Contains(DemoDriverName, namesSeen);
    }

    [Fact]
    public async Task RunCycleAsync_DriverLeftOnShiftInAnotherVehicle_EndsThatShiftAndDrivesItsOwn()
    {
        using var client = SimulatorHttp.CreateClient(fixture.BaseAddress, 2);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var session = new DemoDriverSession(client);
        var options = new DemoShiftOptions(VehicleIndex, Drive: TimeSpan.FromSeconds(1), Break: TimeSpan.FromSeconds(1), RetryPause: TimeSpan.FromSeconds(1));
        var otherVehicle = new SimulatedVehicle(3);
        var open = new DemoShift(session, otherVehicle, options with { VehicleIndex = 3 }, TextWriter.Null);
        await open.RunCycleAsync(timeout.Token);
        var (status, _) = await session.PostAsync("/api/shifts", new { vehicleId = DemoIdentities.VehicleId(3), odometerKm = 1 + (int)(otherVehicle.Advance(DateTimeOffset.UtcNow).OdometerMetres / 1000) }, timeout.Token);
        Assert.Equal(System.Net.HttpStatusCode.Created, status);

        var timesheet = await new DemoShift(session, new SimulatedVehicle(VehicleIndex), options, TextWriter.Null).RunCycleAsync(timeout.Token);

        Assert.Equal(DemoIdentities.VehicleId(VehicleIndex), timesheet.GetProperty("vehicleId").GetGuid());
        var current = await session.GetAsync("/api/shifts/current", timeout.Token);
        Assert.Equal("offDuty", current.GetProperty("state").GetString());
    }

    /// <summary>The demo device posts its positions, and the manager polls the live vehicle, noting each driver name it shows.</summary>
    private static async Task DriveAndWatchAsync(HttpClient client, SimulatedVehicle vehicle, string managerCookie, HashSet<string> namesSeen, CancellationToken cancellationToken)
    {
        var sender = new PositionSender(client, PostMode.Single, 1, new OperationStats("demo device"));
        var clock = new BufferClock();
        try
        {
            while (true)
            {
                await sender.SendAsync(vehicle, clock, cancellationToken);
                using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/vehicles/{DemoIdentities.VehicleId(vehicle.Index)}/live");
                request.Headers.Add("Cookie", managerCookie);
                using var response = await client.SendAsync(request, cancellationToken);
                if (response.IsSuccessStatusCode
                    && (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).TryGetProperty("driverName", out var name)
                    && name.ValueKind == JsonValueKind.String)
                {
                    namesSeen.Add(name.GetString()!);
                }
                await Task.Delay(TimeSpan.FromMilliseconds(300), cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The shift is over: stop posting.
        }
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string path, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
