using System.Net.Http.Json;
using System.Text.Json;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Shifts;

/// <summary>A signed-in driver (or manager) as the driver app calls the shift API.</summary>
public sealed class ShiftDriver(FleetHttp.SignedIn session, Guid id, string connectionString, TestCompany company) : IDisposable
{
    public Guid Id { get; } = id;

    public HttpClient Client => session.Client;

    public FleetHttp.SignedIn Session => session;

    public static async Task<ShiftDriver> SignInAsync(Uri baseAddress, string connectionString, TestCompany company, string email) =>
        new(await FleetHttp.SignInAsync(baseAddress, email), await ShiftRows.UserIdAsync(connectionString, email), connectionString, company);

    public Task<Guid> CheckAsync(Guid vehicleId, DateTimeOffset? at = null, int odometerKm = 120_000) =>
        ShiftRows.InsertCheckAsync(connectionString, company, vehicleId, Id, at, odometerKm);

    public Task<HttpResponseMessage> StartAsync(Guid vehicleId, int? odometerKm = null, bool? handover = null) =>
        Client.PostAsJsonAsync("/api/shifts", new { vehicleId, odometerKm, handover });

    /// <summary>Checks the vehicle and starts a shift in it, asserting 201.</summary>
    public async Task<JsonElement> CheckAndStartAsync(Guid vehicleId, int odometerKm = 120_000)
    {
        await CheckAsync(vehicleId, odometerKm: odometerKm);
        using var response = await StartAsync(vehicleId);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, $"Starting a shift answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public Task<HttpResponseMessage> EndAsync(int odometerKm) => Client.PostAsJsonAsync("/api/shifts/current/end", new { odometerKm });

    public Task<HttpResponseMessage> ActivityAsync(string activity) => Client.PostAsJsonAsync("/api/shifts/current/activity", new { activity });

    public Task<JsonElement> CurrentAsync() => Client.GetFromJsonAsync<JsonElement>("/api/shifts/current");

    public Task<HttpResponseMessage> PostPositionAsync(Guid vehicleId, DateTimeOffset at, double speed, double latitude = 51.5) =>
        Client.PostAsJsonAsync("/api/locations", FleetHttp.Position(at, latitude, -1.0, speed: speed, vehicleId: vehicleId));

    public void Dispose() => session.Dispose();
}
