using TitanFleet.Grains.Timesheets;

namespace TitanFleet.Api.Timesheets;

/// <summary>One shift's timesheet entry. Durations are in seconds, distance and odometers in km.</summary>
public sealed record TimesheetResponse(
    Guid Id,
    Guid DriverId,
    string DriverName,
    Guid VehicleId,
    string Registration,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    int StartOdometerKm,
    int EndOdometerKm,
    int DistanceKm,
    int DrivingSeconds,
    int OtherWorkSeconds,
    int BreakSeconds,
    IReadOnlyList<TimesheetBreak> Breaks,
    string EndedBy,
    int Version)
{
    public static TimesheetResponse From(TimesheetRecord r) => new(
        Id: r.Id, DriverId: r.DriverId, DriverName: r.DriverName, VehicleId: r.VehicleId, Registration: r.Registration,
        StartedAt: r.StartedAt, EndedAt: r.EndedAt, StartOdometerKm: r.StartOdometerKm, EndOdometerKm: r.EndOdometerKm,
        DistanceKm: r.DistanceKm, DrivingSeconds: r.DrivingSeconds, OtherWorkSeconds: r.OtherWorkSeconds, BreakSeconds: r.BreakSeconds,
        Breaks: r.Breaks, EndedBy: r.EndedBy, Version: r.Version);
}
