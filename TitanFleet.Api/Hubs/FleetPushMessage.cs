using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using TitanFleet.Api.Notifications;
using TitanFleet.Grains.Dashboard;
using TitanFleet.Grains.Events;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Api.Hubs;

public static class FleetPushMessage
{
    /// <summary>
    /// A <c>VehiclesUpdated</c> call serialized at most once per protocol however many connections it
    /// is written to, as SignalR does for a group send.
    /// </summary>
    public static SerializedHubMessage VehiclesUpdated(VehicleSnapshot[] vehicles) =>
        new(new InvocationMessage(nameof(IFleetHubClient.VehiclesUpdated), [vehicles]));

    /// <summary>An <c>EventRaised</c> call, serialized once for every dashboard of the company.</summary>
    public static SerializedHubMessage EventRaised(FleetEvent fleetEvent) =>
        new(new InvocationMessage(nameof(IFleetHubClient.EventRaised), [fleetEvent]));

    /// <summary>A <c>StatsChanged</c> call, serialized once for every dashboard of the company.</summary>
    public static SerializedHubMessage StatsChanged(DashboardStats stats) =>
        new(new InvocationMessage(nameof(IFleetHubClient.StatsChanged), [stats]));

    /// <summary>A <c>NotificationRaised</c> call, serialized once for the recipient's connections.</summary>
    public static SerializedHubMessage NotificationRaised(NotificationResponse notification) =>
        new(new InvocationMessage(nameof(IFleetHubClient.NotificationRaised), [notification]));
}
