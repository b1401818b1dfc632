using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TitanFleet.Grains.Company;
using TitanFleet.Grains.Events;
using TitanFleet.Grains.Hours;
using TitanFleet.Grains.Storage;
using TitanFleet.Grains.Timesheets;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Grains.Drivers;

/// <summary>
/// One driver's shift and activity log. The shift's vehicle is bound in both grains: the vehicle
/// grain is the lock (one driver at a time), this grain remembers which vehicle and since when.
/// Every change is written before it is acknowledged, so a driver on shift is still on shift, with
/// the same vehicle and start, after their silo dies. Driving time follows the vehicle's motion
/// (told by the vehicle grain on each change); the other activities are the driver's word.
/// </summary>
public sealed partial class DriverGrain(
    [PersistentState("driver", StorageNames.GrainStore)] IPersistentState<DriverState> state,
    PostgresTimesheetStore timesheets,
    IFleetEventPublisher events,
    IOptions<HoursOptions> hoursOptions,
    CompanyTimeZoneCache timeZones,
    ILogger<DriverGrain> logger,
    TimeProvider time) : Grain, IDriverGrain
{
    private static readonly TimeSpan LogRetention = TimeSpan.FromDays(28);

    /// <summary>A limit reached exactly now is breached a moment later: never evaluate again sooner than this.</summary>
    private static readonly TimeSpan MinimumRecheck = TimeSpan.FromSeconds(1);

    private IGrainTimer? _hoursTimer;

    /// <summary>The company's, for the fixed weeks; refreshed from the silo's cache on each call, so a changed zone applies at once.</summary>
    private TimeZoneInfo _timeZone = TimeZoneInfo.Utc;

    private DriverState S => state.State;

    private Guid DriverId => this.GetPrimaryKey();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await RefreshTimeZoneAsync();
        // A driver on shift whose silo died picks up the alerts from where the stored evaluation left them.
        if (S.ShiftId is not null) ScheduleHours(S.LastHours ?? Evaluate());
    }

    public async Task<ShiftStartResult> StartShiftAsync(ShiftStart start)
    {
        if (S.ShiftId is not null) return new ShiftStartResult(ShiftStartOutcome.AlreadyOnShift, View());
        // Before the vehicle is bound: a failed read must not leave it bound to a driver who is not on shift.
        _timeZone = await timeZones.ForCompanyAsync(start.CompanyId);

        var vehicle = GrainFactory.GetGrain<IVehicleGrain>(start.VehicleId);
        var binding = await vehicle.BindDriverAsync(DriverId, start.DriverName, start.Handover);
        if (!binding.Bound && binding.PreviousDriverId is { } holder
            && await GrainFactory.GetGrain<IDriverGrain>(holder).GetShiftVehicleAsync() != start.VehicleId)
        {
            // The holder's shift is no longer on this vehicle (its end could not unbind it): the binding is stale, not a shift.
            binding = await vehicle.BindDriverAsync(DriverId, start.DriverName, handover: true);
            binding = binding with { PreviousDriverId = null, PreviousDriverName = null };
        }
        if (!binding.Bound) return new ShiftStartResult(ShiftStartOutcome.VehicleInUse, View(), binding.PreviousDriverName);

        var now = time.GetUtcNow();
        S.CompanyId = start.CompanyId;
        S.DriverName = start.DriverName;
        S.ShiftId = Guid.NewGuid();
        S.VehicleId = start.VehicleId;
        S.Registration = start.Registration;
        S.StartedAt = now;
        S.StartOdometerKm = start.OdometerKm;
        S.LastCheck = start.Check;
        // Before driving comes the walkaround check and loading: other work, unless the vehicle is already under way.
        Switch(binding.Moving ? ActivityKind.Driving : ActivityKind.OtherWork, now);
        var alerts = TakeHours();
        await state.WriteStateAsync();

        if (binding.PreviousDriverId is { } previous)
        {
            await EndPreviousShiftAsync(previous, start);
            await PublishAsync(FleetEventTypes.DriverChanged, $"{start.Registration}: {binding.PreviousDriverName} handed over to {start.DriverName}", now,
                new Dictionary<string, string> { ["previousDriverId"] = previous.ToString(), ["previousDriverName"] = binding.PreviousDriverName ?? "" });
        }
        await PublishAsync(FleetEventTypes.ShiftStarted, $"{start.DriverName} started a shift in {start.Registration}", now,
            new Dictionary<string, string> { ["shiftId"] = S.ShiftId.ToString()!, ["odometerKm"] = start.OdometerKm.ToString(CultureInfo.InvariantCulture) });
        await PublishHoursAsync(alerts);
        return new ShiftStartResult(ShiftStartOutcome.Started, View());
    }

    public async Task<ShiftView> GetShiftAsync()
    {
        await RefreshTimeZoneAsync();
        return View();
    }

    public Task<Guid?> GetShiftVehicleAsync() => Task.FromResult(S.ShiftId is null ? null : S.VehicleId);

    public async Task<ShiftView?> SetActivityAsync(ActivityKind activity)
    {
        if (S.ShiftId is null) return null;
        await RefreshTimeZoneAsync();
        if (activity != S.Activity)
        {
            Switch(activity, time.GetUtcNow());
            var alerts = TakeHours();
            await state.WriteStateAsync();
            await PublishHoursAsync(alerts);
        }
        return View();
    }

    public async Task<ShiftEndResult> EndShiftAsync(ShiftEnd end)
    {
        if (S.ShiftId is not { } shiftId || S.VehicleId is not { } vehicleId || S.StartedAt is not { } startedAt) return new ShiftEndResult(ShiftEndOutcome.NotOnShift);
        if (end.OdometerKm < S.StartOdometerKm) return new ShiftEndResult(ShiftEndOutcome.OdometerBelowStart, StartOdometerKm: S.StartOdometerKm);

        await RefreshTimeZoneAsync();
        var now = time.GetUtcNow();
        var log = S.Log.Append(new ActivitySegment(S.Activity, S.ActivitySince, now));
        var entry = new TimesheetEntry(
            Id: shiftId, CompanyId: S.CompanyId, DriverId: DriverId, VehicleId: vehicleId, StartedAt: startedAt, EndedAt: now,
            StartOdometerKm: S.StartOdometerKm, EndOdometerKm: end.OdometerKm, Totals: ActivityLog.Totals(log, startedAt, now, now),
            EndedBy: end.NextDriverName is null ? TimesheetEndings.Driver : TimesheetEndings.Handover);
        // The timesheet is durable before the shift is forgotten; a retry after a crash finds it by the shift's id.
        var timesheet = await timesheets.RecordAsync(end.Actor, entry, CancellationToken.None);

        var registration = S.Registration;
        Switch(ActivityKind.Rest, now);
        S.ShiftId = null;
        S.VehicleId = null;
        S.Registration = null;
        S.StartedAt = null;
        S.StartOdometerKm = 0;
        S.LastHours = Evaluate();
        _hoursTimer?.Dispose();
        _hoursTimer = null;
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IVehicleGrain>(vehicleId).UnbindDriverAsync(DriverId);

        await events.PublishAsync(new FleetEvent(Guid.NewGuid(), S.CompanyId, FleetEventTypes.ShiftEnded, now,
            $"{S.DriverName} ended a shift in {registration}",
            VehicleId: vehicleId, Registration: registration, DriverId: DriverId, DriverName: S.DriverName,
            Details: new Dictionary<string, string>
            {
                ["timesheetId"] = timesheet.Id.ToString(),
                ["distanceKm"] = timesheet.DistanceKm.ToString(CultureInfo.InvariantCulture),
                ["drivingSeconds"] = timesheet.DrivingSeconds.ToString(CultureInfo.InvariantCulture),
            }));
        return new ShiftEndResult(ShiftEndOutcome.Ended, timesheet);
    }

    public async Task OnVehicleMotionAsync(Guid vehicleId, bool moving, DateTimeOffset at)
    {
        if (S.ShiftId is null || S.VehicleId != vehicleId) return;
        await RefreshTimeZoneAsync();
        var now = time.GetUtcNow();
        // The fix time places the change; a late or skewed one never reaches back before the current stretch or into the future.
        var when = at < S.ActivitySince ? S.ActivitySince : at > now ? now : at;
        if (moving && S.Activity != ActivityKind.Driving) Switch(ActivityKind.Driving, when);
        else if (!moving && S.Activity == ActivityKind.Driving) Switch(ActivityKind.OtherWork, when);
        else return;
        var alerts = TakeHours();
        await state.WriteStateAsync();
        await PublishHoursAsync(alerts);
    }

    private async Task EndPreviousShiftAsync(Guid previous, ShiftStart start)
    {
        try
        {
            var ended = await GrainFactory.GetGrain<IDriverGrain>(previous).EndShiftAsync(new ShiftEnd(start.OdometerKm, start.Actor, start.DriverName));
            if (ended.Outcome == ShiftEndOutcome.OdometerBelowStart)
            {
                // The new driver read a lower odometer than the previous one started on: their shift ends at its own start reading.
                await GrainFactory.GetGrain<IDriverGrain>(previous).EndShiftAsync(new ShiftEnd(ended.StartOdometerKm!.Value, start.Actor, start.DriverName));
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogHandoverEndFailed(exception, previous, start.VehicleId);
        }
    }

    private void Switch(ActivityKind activity, DateTimeOffset at)
    {
        if (S.ActivitySince != default && at > S.ActivitySince) S.Log.Add(new ActivitySegment(S.Activity, S.ActivitySince, at));
        S.Activity = activity;
        S.ActivitySince = at;
        ActivityLog.Prune(S.Log, at - LogRetention);
    }

    private ShiftView View()
    {
        return new ShiftView(
            OnShift: S.ShiftId is not null, ShiftId: S.ShiftId, VehicleId: S.VehicleId, Registration: S.Registration,
            StartedAt: S.StartedAt, StartOdometerKm: S.ShiftId is null ? null : S.StartOdometerKm,
            Activity: S.ShiftId is null ? null : S.Activity, ActivitySince: S.ShiftId is null ? null : S.ActivitySince,
            LastCheck: S.LastCheck, Hours: Evaluate());
    }

    private HoursStatus Evaluate()
    {
        var now = time.GetUtcNow();
        return HoursRules.Evaluate([.. S.Log, new ActivitySegment(S.Activity, S.ActivitySince, null)], now, hoursOptions.Value, _timeZone);
    }

    private async ValueTask RefreshTimeZoneAsync()
    {
        if (S.CompanyId != Guid.Empty) _timeZone = await timeZones.ForCompanyAsync(S.CompanyId);
    }

    /// <summary>Evaluates the hours, keeps the result in state (written by the caller) and schedules the next check; returns the alerts to raise once written.</summary>
    private IReadOnlyList<HoursAlert> TakeHours()
    {
        var status = Evaluate();
        var alerts = HoursAlerts.Between(S.LastHours, status);
        S.LastHours = status;
        ScheduleHours(status);
        return alerts;
    }

    /// <summary>One timer, due when the next limit turns approaching or is reached: no polling while nothing can change.</summary>
    private void ScheduleHours(HoursStatus status)
    {
        _hoursTimer?.Dispose();
        _hoursTimer = null;
        if (S.ShiftId is null || HoursAlerts.NextCheckAt(status, hoursOptions.Value) is not { } next) return;
        var due = next - time.GetUtcNow();
        _hoursTimer = this.RegisterGrainTimer(OnHoursDueAsync, new GrainTimerCreationOptions
        {
            DueTime = due < MinimumRecheck ? MinimumRecheck : due,
            Period = Timeout.InfiniteTimeSpan,
            KeepAlive = true,
        });
    }

    private async Task OnHoursDueAsync(CancellationToken cancellationToken)
    {
        // This one-shot timer is done: scheduling the next must not dispose it mid-callback, which would cancel the write below.
        var fired = _hoursTimer;
        _hoursTimer = null;
        try
        {
            if (S.ShiftId is null) return;
            await RefreshTimeZoneAsync();
            var alerts = TakeHours();
            await state.WriteStateAsync(CancellationToken.None);
            await PublishHoursAsync(alerts);
        }
        finally
        {
            fired?.Dispose();
        }
    }

    private async Task PublishHoursAsync(IReadOnlyList<HoursAlert> alerts)
    {
        foreach (var alert in alerts)
        {
            var rule = JsonNamingPolicy.CamelCase.ConvertName(alert.Rule.ToString());
            var breached = alert.State == LimitState.Breached;
            await PublishAsync(breached ? FleetEventTypes.HoursBreached : FleetEventTypes.HoursApproaching,
                $"{S.DriverName}: {rule} limit {(breached ? "breached" : "approaching")}", alert.At,
                new Dictionary<string, string> { ["rule"] = rule, ["at"] = alert.At.ToString("O", CultureInfo.InvariantCulture) });
        }
    }

    private Task PublishAsync(string type, string summary, DateTimeOffset at, Dictionary<string, string> details) =>
        events.PublishAsync(new FleetEvent(Guid.NewGuid(), S.CompanyId, type, at, summary,
            VehicleId: S.VehicleId, Registration: S.Registration, DriverId: DriverId, DriverName: S.DriverName, Details: details));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Vehicle {VehicleId} was handed over but the previous driver {DriverId}'s shift could not be ended")]
    private partial void LogHandoverEndFailed(Exception exception, Guid driverId, Guid vehicleId);
}
