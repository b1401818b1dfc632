using TitanFleet.Grains.Drivers;
using TitanFleet.Grains.Hours;

namespace TitanFleet.Api.Shifts;

/// <summary>The caller's shift: off duty (shift fields null) or on shift in a vehicle, with the current activity and today's hours.</summary>
public sealed record ShiftResponse(
    ShiftState State,
    Guid? ShiftId,
    Guid? VehicleId,
    string? Registration,
    DateTimeOffset? StartedAt,
    int? StartOdometerKm,
    ActivityKind? Activity,
    DateTimeOffset? ActivitySince,
    LastCheckResponse? LastCheck,
    HoursResponse Hours)
{
    public static ShiftResponse From(ShiftView view) => new(
        State: view.OnShift ? ShiftState.OnShift : ShiftState.OffDuty,
        ShiftId: view.ShiftId, VehicleId: view.VehicleId, Registration: view.Registration, StartedAt: view.StartedAt,
        StartOdometerKm: view.StartOdometerKm, Activity: view.Activity, ActivitySince: view.ActivitySince,
        LastCheck: LastCheckResponse.From(view.LastCheck), Hours: HoursResponse.From(view.Today));
}
