using System.Net;
using System.Text.Json;
using TitanFleet.Simulator.Fleet;
using TitanFleet.Simulator.Plan;

namespace TitanFleet.Simulator.Demo;

/// <summary>
/// The demo driver's working day, over and over: a walkaround check of the demo vehicle (all pass),
/// a shift in it, a drive, a break, another drive, and the end of the shift with the odometer, which
/// answers the timesheet. The vehicle's demo device keeps posting (DemoRun), so the map shows the
/// driver and driving time accrues from its motion. A refused or failed step is logged and the loop
/// starts again after a pause; it never ends the demo.
/// </summary>
public sealed class DemoShift(DemoDriverSession driver, SimulatedVehicle vehicle, DemoShiftOptions options, TextWriter log)
{
    private readonly Guid _vehicleId = DemoIdentities.VehicleId(vehicle.Index);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        log.WriteLine($"demo shift: the demo driver drives vehicle {vehicle.Index} ({options.Drive} drives around a {options.Break} break)");
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await RunCycleAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is DemoStepException or HttpRequestException or JsonException or InvalidOperationException
                                              || exception is TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                log.WriteLine($"demo shift: {exception.Message} (trying again in {options.RetryPause.TotalSeconds:0} s)");
                await Task.Delay(options.RetryPause, cancellationToken);
            }
        }
    }

    /// <summary>One shift from check to timesheet; resumes a shift already open in the vehicle. Returns the timesheet entry.</summary>
    public async Task<JsonElement> RunCycleAsync(CancellationToken cancellationToken)
    {
        var current = await driver.GetAsync("/api/shifts/current", cancellationToken);
        if (!IsOnShiftIn(current, _vehicleId))
        {
            if (OnShift(current)) await EndAsync(current, "a shift left open in another vehicle", cancellationToken);
            await CheckAsync(cancellationToken);
            await StartAsync(cancellationToken);
        }

        await ActivityAsync("driving", cancellationToken);
        await Task.Delay(options.Drive, cancellationToken);
        await ActivityAsync("break", cancellationToken);
        await Task.Delay(options.Break, cancellationToken);
        await ActivityAsync("driving", cancellationToken);
        await Task.Delay(options.Drive, cancellationToken);
        return await EndAsync(await driver.GetAsync("/api/shifts/current", cancellationToken), "the shift is done", cancellationToken);
    }

    private async Task CheckAsync(CancellationToken cancellationToken)
    {
        var items = await driver.GetAsync($"/api/check-items?vehicleType={DemoIdentities.VehicleType(vehicle.Index)}", cancellationToken);
        var codes = InspectionScenario.ItemCodes(items.GetRawText());
        var results = codes.Select(code => new { itemCode = code, result = "pass" }).ToArray();
        var (status, body) = await driver.PostAsync("/api/inspections",
            new { vehicleId = _vehicleId, odometerKm = OdometerKm(), fuelLevelPercent = 80, results }, cancellationToken);
        if (status == HttpStatusCode.Conflict) throw new DemoStepException($"the check was refused: {body.GetRawText()}");
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        var (status, body) = await driver.PostAsync("/api/shifts", new { vehicleId = _vehicleId }, cancellationToken);
        if (status != HttpStatusCode.Conflict) return;
        if (!HasError(body, "vehicleId") || body.TryGetProperty("openDangerousDefects", out _))
            throw new DemoStepException($"the shift was refused: {body.GetRawText()}");

        log.WriteLine($"demo shift: vehicle {vehicle.Index} is in another driver's shift; taking it over by handover");
        (status, body) = await driver.PostAsync("/api/shifts", new { vehicleId = _vehicleId, handover = true }, cancellationToken);
        if (status == HttpStatusCode.Conflict) throw new DemoStepException($"the handover was refused: {body.GetRawText()}");
    }

    private async Task ActivityAsync(string activity, CancellationToken cancellationToken)
    {
        var (status, body) = await driver.PostAsync("/api/shifts/current/activity", new { activity }, cancellationToken);
        if (status == HttpStatusCode.Conflict) throw new DemoStepException($"'{activity}' was refused (the shift was ended elsewhere?): {body.GetRawText()}");
    }

    private async Task<JsonElement> EndAsync(JsonElement shift, string why, CancellationToken cancellationToken)
    {
        var start = shift.TryGetProperty("startOdometerKm", out var km) && km.ValueKind == JsonValueKind.Number ? km.GetInt32() : 0;
        var (status, timesheet) = await driver.PostAsync("/api/shifts/current/end", new { odometerKm = Math.Max(start, OdometerKm()) }, cancellationToken);
        if (status == HttpStatusCode.Conflict) throw new DemoStepException($"ending the shift was refused: {timesheet.GetRawText()}");
        log.WriteLine($"demo shift ended ({why}): {timesheet.GetProperty("registration").GetString()} " +
                      $"{timesheet.GetProperty("distanceKm").GetInt32()} km, driving {Seconds(timesheet, "drivingSeconds")}, break {Seconds(timesheet, "breakSeconds")}");
        return timesheet;
    }

    private int OdometerKm() => (int)(vehicle.Advance(DateTimeOffset.UtcNow).OdometerMetres / 1000);

    private static bool OnShift(JsonElement shift) => shift.TryGetProperty("shiftId", out var id) && id.ValueKind == JsonValueKind.String;

    private static bool IsOnShiftIn(JsonElement shift, Guid vehicleId) =>
        OnShift(shift) && shift.TryGetProperty("vehicleId", out var id) && id.ValueKind == JsonValueKind.String && id.GetGuid() == vehicleId;

    private static bool HasError(JsonElement problem, string field) =>
        problem.ValueKind == JsonValueKind.Object && problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _);

    private static TimeSpan Seconds(JsonElement timesheet, string name) => TimeSpan.FromSeconds(timesheet.GetProperty(name).GetInt32());
}
