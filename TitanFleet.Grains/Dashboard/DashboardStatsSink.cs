using TitanFleet.Grains.Events;

namespace TitanFleet.Grains.Dashboard;

/// <summary>
/// Keeps each company's <see cref="ICompanyStatsGrain"/> current from the fleet events; the grain then pushes
/// the new figures to the company's dashboards itself (coalesced, <c>StatsChanged</c>).
/// </summary>
public sealed class DashboardStatsSink(IGrainFactory grains) : IFleetEventSink
{
    private static readonly HashSet<string> Recounted =
    [
        FleetEventTypes.DefectRaised, FleetEventTypes.DefectRectified, FleetEventTypes.VehicleOffRoad, FleetEventTypes.VehicleBackInService,
        FleetEventTypes.ReminderDueSoon, FleetEventTypes.ReminderOverdue,
    ];

    public async Task OnPublishedAsync(IReadOnlyList<FleetEvent> events)
    {
        foreach (var fleetEvent in events)
        {
            var stats = grains.GetGrain<ICompanyStatsGrain>(fleetEvent.CompanyId);
            if (fleetEvent is { Type: FleetEventTypes.ShiftStarted or FleetEventTypes.ShiftEnded, DriverId: { } driverId })
                await stats.ShiftChangedAsync(driverId, fleetEvent.Type == FleetEventTypes.ShiftStarted);
            else if (Recounted.Contains(fleetEvent.Type))
                await stats.InvalidateAsync();
        }
    }
}
