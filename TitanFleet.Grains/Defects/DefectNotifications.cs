using TitanFleet.Grains.Dashboard;
using TitanFleet.Grains.Events;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Grains.Defects;

/// <summary>
/// What a committed defect write tells the live side: a vehicle whose roadworthiness changed goes
/// to every silo's caches and its grain first (so the map already shows it when the event lands),
/// then the dashboards get the defect's event followed by vehicleOffRoad or vehicleBackInService.
/// </summary>
public sealed class DefectNotifications(VehicleLiveSync live, IFleetEventPublisher events, IGrainFactory grains, TimeProvider time)
{
    public Task RaisedAsync(DefectRecord defect, VehicleRecord? vehicleChange) =>
        PublishAsync(defect, vehicleChange, FleetEventTypes.DefectRaised,
            $"{Label(defect.Severity)} defect reported on {defect.Registration}: {defect.Category}", extra: null);

    public Task RectifiedAsync(DefectRecord defect, Rectification rectification, VehicleRecord? vehicleChange) =>
        PublishAsync(defect, vehicleChange, FleetEventTypes.DefectRectified,
            rectification.Outcome == DefectStatuses.Rectified
                ? $"Defect on {defect.Registration} rectified by {rectification.MechanicName}: {defect.Category}"
                : $"Defect on {defect.Registration} needed no correction ({rectification.MechanicName}): {defect.Category}",
            extra: ("outcome", rectification.Outcome));

    /// <summary>
    /// A change that raises no defect event of its own (a severity change) but may move the vehicle on or off the road.
    /// The header counts open defects by severity, so a severity change that leaves the vehicle where it was (another
    /// dangerous defect keeps it off road) still has them recounted.
    /// </summary>
    public async Task UpdatedAsync(DefectRecord defect, VehicleRecord? vehicleChange, bool severityChanged)
    {
        if (vehicleChange is null)
        {
            if (severityChanged) await grains.GetGrain<ICompanyStatsGrain>(defect.CompanyId).InvalidateAsync();
            return;
        }
        await live.ApplyAsync(vehicleChange);
        await events.PublishAsync(VehicleEvent(defect, vehicleChange));
    }

    private async Task PublishAsync(DefectRecord defect, VehicleRecord? vehicleChange, string type, string summary, (string Key, string Value)? extra)
    {
        if (vehicleChange is not null) await live.ApplyAsync(vehicleChange);
        var details = Details(defect);
        if (extra is var (key, value)) details[key] = value;
        var defectEvent = new FleetEvent(Guid.NewGuid(), defect.CompanyId, type, time.GetUtcNow(), summary,
            VehicleId: defect.VehicleId, Registration: defect.Registration, DriverId: defect.ReportedBy, DriverName: defect.ReportedByName, Details: details);
        await (vehicleChange is null ? events.PublishAsync(defectEvent) : events.PublishAsync(defectEvent, VehicleEvent(defect, vehicleChange)));
    }

    private FleetEvent VehicleEvent(DefectRecord defect, VehicleRecord vehicle)
    {
        var offRoad = vehicle.Details.Status == VehicleRecordStatuses.Vor;
        return new FleetEvent(Guid.NewGuid(), defect.CompanyId,
            offRoad ? FleetEventTypes.VehicleOffRoad : FleetEventTypes.VehicleBackInService, time.GetUtcNow(),
            offRoad ? $"{vehicle.Details.Registration} is off road: dangerous defect ({defect.Category})" : $"{vehicle.Details.Registration} is back in service",
            VehicleId: vehicle.Id, Registration: vehicle.Details.Registration, Details: Details(defect));
    }

    private static Dictionary<string, string> Details(DefectRecord defect) => new()
    {
        ["defectId"] = defect.Id.ToString(),
        ["severity"] = defect.Severity,
        ["category"] = defect.Category,
        ["status"] = defect.Status,
    };

    private static string Label(string severity) => severity == DefectSeverities.Dangerous ? "Dangerous" : "Minor";
}
