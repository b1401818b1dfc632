using TitanFleet.Api.Notifications;
using TitanFleet.Grains.Dashboard;
using TitanFleet.Grains.Events;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Api.Hubs;

/// <summary>Messages the server sends to a dashboard.</summary>
public interface IFleetHubClient
{
    /// <summary>At most one entry per vehicle per coalescing interval, sent as one batch per silo per interval.</summary>
    Task VehiclesUpdated(VehicleSnapshot[] vehicles);

    /// <summary>One fleet event (shift started, defect raised...), each sent once, in the order raised.</summary>
    Task EventRaised(FleetEvent fleetEvent);

    /// <summary>
    /// The company's header figures after a change, as <c>GET /api/dashboard/stats</c> returns them: at most one a second
    /// per company, each carrying the figures as they then stand (a reader that falls behind gets only the latest).
    /// </summary>
    Task StatsChanged(DashboardStats stats);

    /// <summary>A new notification for the connection's own user (issue 11), sent only to that user's connections.</summary>
    Task NotificationRaised(NotificationResponse notification);
}
