namespace TitanFleet.Grains.Timesheets;

/// <summary>A finished shift as the driver grain hands it to the store; its id is the shift's.</summary>
public sealed record TimesheetEntry(
    Guid Id,
    Guid CompanyId,
    Guid DriverId,
    Guid VehicleId,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    int StartOdometerKm,
    int EndOdometerKm,
    ActivityTotals Totals,
    string EndedBy);
