using System.Net.Http.Json;
using System.Text.Json;

namespace TitanFleet.Tests.Security;

/// <summary>
/// Puts a caller on or off shift before the harness builds their valid request: the shift endpoints
/// (and a driver's positions) answer by the caller's shift, which lives in their driver grain, not in
/// a row the harness could insert. Builders are synchronous (<see cref="OperationRule.Valid"/>), hence
/// HttpClient's synchronous Send. Callers who may not work shifts get a request and no side effect.
/// </summary>
public static class SecurityShifts
{
    private static readonly CallerRole[] ShiftWorkers = [CallerRole.Driver, CallerRole.Manager, CallerRole.Admin];

    /// <summary>A vehicle the caller may start a shift in, the caller being off duty.</summary>
    public static Guid OffDutyWithCheckedVehicle(RequestContext c)
    {
        if (!MayWorkShifts(c)) return SecurityRecords.NewVehicle(c.Owner);
        Send(c, HttpMethod.Post, "/api/shifts/current/end", new { odometerKm = 10_000_000 });
        return SecurityRecords.NewCheckedVehicle(c.Owner, SecurityRecords.UserId(c.Owner, c.Caller.Role));
    }

    /// <summary>The vehicle of the caller's shift, starting one in a new vehicle when off duty; the company's first vehicle for anyone else.</summary>
    public static Guid OnShiftVehicle(RequestContext c)
    {
        if (!MayWorkShifts(c)) return c.Owner.Vehicles[0].VehicleId;
        if (Send(c, HttpMethod.Get, "/api/shifts/current", body: null) is { } current
            && current.GetProperty("vehicleId") is { ValueKind: JsonValueKind.String } vehicle)
            return vehicle.GetGuid();
        var vehicleId = SecurityRecords.NewCheckedVehicle(c.Owner, SecurityRecords.UserId(c.Owner, c.Caller.Role));
        Send(c, HttpMethod.Post, "/api/shifts", new { vehicleId });
        return vehicleId;
    }

    private static bool MayWorkShifts(RequestContext c) => ShiftWorkers.Contains(c.Caller.Role) && c.Caller.Cookies is not null;

    /// <summary>The answer's JSON when it is a 2xx (an ended session's 401, say, is left to the operation under test to show).</summary>
    private static JsonElement? Send(RequestContext c, HttpMethod method, string path, object? body)
    {
        using var client = new HttpClient(new SocketsHttpHandler { CookieContainer = c.Caller.Cookies!, UseCookies = true }) { BaseAddress = c.Caller.BaseAddress };
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = client.Send(request);
        if (!response.IsSuccessStatusCode) return null;
        using var document = JsonDocument.Parse(response.Content.ReadAsStream());
        return document.RootElement.Clone();
    }
}
