using System.Globalization;
using TitanFleet.Grains.Checks;
using TitanFleet.Grains.Events;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Api.Inspections;

/// <summary>What a stored check tells the company's dashboards, in order: the check, each defect it raised, and the vehicle going off road.</summary>
public static class InspectionEvents
{
    public static async Task PublishAsync(IFleetEventPublisher publisher, InspectionRecord check, VehicleRecord? vehicleChange, DateTimeOffset now)
    {
        var failed = check.Defects.Count.ToString(CultureInfo.InvariantCulture);
        await publisher.PublishAsync(Event(check, FleetEventTypes.CheckSubmitted, now,
            check.NilDefect ? $"{check.Registration} checked by {check.DriverName}: no defects" : $"{check.Registration} checked by {check.DriverName}: {failed} defect(s)",
            new Dictionary<string, string>
            {
                ["inspectionId"] = check.Id.ToString(),
                ["nilDefect"] = check.NilDefect ? "true" : "false",
                ["defects"] = failed,
            }));

        var labels = check.Results.ToDictionary(result => result.ItemCode, result => result.Label, StringComparer.Ordinal);
        foreach (var defect in check.Defects)
        {
            await publisher.PublishAsync(Event(check, FleetEventTypes.DefectRaised, now,
                $"{(defect.Severity == CheckSeverities.Dangerous ? "Dangerous" : "Minor")} defect on {check.Registration}: {labels[defect.ItemCode]}",
                new Dictionary<string, string>
                {
                    ["defectId"] = defect.Id.ToString(),
                    ["inspectionId"] = check.Id.ToString(),
                    ["itemCode"] = defect.ItemCode,
                    ["severity"] = defect.Severity,
                }));
        }

        if (vehicleChange?.Details.Status == VehicleRecordStatuses.Vor)
        {
            await publisher.PublishAsync(Event(check, FleetEventTypes.VehicleOffRoad, now,
                $"{check.Registration} is off road: dangerous defect found on its check",
                new Dictionary<string, string>
                {
                    ["inspectionId"] = check.Id.ToString(),
                    ["defectIds"] = string.Join(',', check.Defects.Where(d => d.Severity == CheckSeverities.Dangerous).Select(d => d.Id)),
                }));
        }
    }

    private static FleetEvent Event(InspectionRecord check, string type, DateTimeOffset now, string summary, Dictionary<string, string> details) =>
        new(Guid.NewGuid(), check.CompanyId, type, now, summary,
            VehicleId: check.VehicleId, Registration: check.Registration, DriverId: check.DriverId, DriverName: check.DriverName, Details: details);
}
