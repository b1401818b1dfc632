namespace TitanFleet.Grains.Timesheets;

/// <summary>One row of the timesheets table as its store reads it, with the driver's name and the vehicle's registration.</summary>
[GenerateSerializer, Immutable, Alias("titanfleet.timesheet-record.v1")]
public sealed record TimesheetRecord(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid CompanyId,
    [property: Id(2)] Guid DriverId,
    [property: Id(3)] string DriverName,
    [property: Id(4)] Guid VehicleId,
    [property: Id(5)] string Registration,
    [property: Id(6)] DateTimeOffset StartedAt,
    [property: Id(7)] DateTimeOffset EndedAt,
    [property: Id(8)] int StartOdometerKm,
    [property: Id(9)] int EndOdometerKm,
    [property: Id(10)] int DistanceKm,
    [property: Id(11)] int DrivingSeconds,
    [property: Id(12)] int OtherWorkSeconds,
    [property: Id(13)] int BreakSeconds,
    [property: Id(14)] TimesheetBreak[] Breaks,
    [property: Id(15)] string EndedBy,
    [property: Id(16)] int Version)
{
    /// <summary>The fields the audit log compares.</summary>
    public IReadOnlyDictionary<string, object?> AuditFields() => new Dictionary<string, object?>
    {
        ["driverId"] = DriverId,
        ["vehicleId"] = VehicleId,
        ["startedAt"] = StartedAt,
        ["endedAt"] = EndedAt,
        ["startOdometerKm"] = StartOdometerKm,
        ["endOdometerKm"] = EndOdometerKm,
        ["drivingSeconds"] = DrivingSeconds,
        ["otherWorkSeconds"] = OtherWorkSeconds,
        ["breakSeconds"] = BreakSeconds,
        ["endedBy"] = EndedBy,
    };
}
