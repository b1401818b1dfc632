using Orleans.Concurrency;
using TitanFleet.Grains.Dashboard;
using TitanFleet.Grains.Events;
using TitanFleet.Grains.Notifications;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Grains.Push;

/// <summary>
/// One per silo: receives every silo's coalesced vehicle changes and hands them to that silo's
/// dashboards, and hears of ended sign-in sessions so that silo closes their live connections.
/// </summary>
public interface IFleetPushObserver : IGrainObserver
{
    [OneWay]
    Task OnVehiclesChanged(VehicleSnapshot[] batch);

    /// <summary>Things happened in a company's fleet: tell its dashboards now, in this order, never merged away.</summary>
    [OneWay]
    Task OnFleetEvents(FleetEvent[] events);

    /// <summary>A company's dashboard figures changed (coalesced by its stats grain): tell its dashboards, latest wins.</summary>
    [OneWay]
    Task OnDashboardStats(Guid companyId, DashboardStats stats);

    /// <summary>People were notified (issue 11): tell each one's own connections, never anyone else's.</summary>
    [OneWay]
    Task OnNotifications(Notification[] notifications);

    /// <summary>One session of the user ended (logout): close the connections opened with it.</summary>
    [OneWay]
    Task OnSessionEnded(Guid userId, Guid sessionId);

    /// <summary>Every session of the user ended: close all of their connections.</summary>
    [OneWay]
    Task OnAllSessionsEnded(Guid userId);
}
