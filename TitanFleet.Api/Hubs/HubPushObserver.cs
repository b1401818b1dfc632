using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;
using TitanFleet.Api.Notifications;
using TitanFleet.Grains.Dashboard;
using TitanFleet.Grains.Events;
using TitanFleet.Grains.Notifications;
using TitanFleet.Grains.Push;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Api.Hubs;

/// <summary>
/// This silo's end of the push backplane: hands a silo's batch to the dashboards of each company
/// connected here, serializing each company's part once, and closes the connections of ended
/// sessions. It never awaits a client.
/// </summary>
public sealed partial class HubPushObserver(DashboardConnections connections, DashboardSender sender, TimeProvider time, ILogger<HubPushObserver> logger) : IFleetPushObserver
{
    public Task OnVehiclesChanged(VehicleSnapshot[] batch)
    {
        foreach (var company in batch.GroupBy(snapshot => snapshot.CompanyId))
        {
            var dashboards = connections.ForCompany(company.Key);
            if (dashboards.Count == 0) continue;
            var vehicles = company.ToArray();
            RecordFixAges(vehicles);
            var message = FleetPushMessage.VehiclesUpdated(vehicles);
            foreach (var dashboard in dashboards) dashboard.Deliver(vehicles, message, sender);
            FleetHubMetrics.Sent(vehicles.Length);
        }
        return Task.CompletedTask;
    }

    private void RecordFixAges(VehicleSnapshot[] vehicles)
    {
        var now = time.GetUtcNow();
        foreach (var vehicle in vehicles)
        {
            // A fix stamped ahead of this clock says nothing about the push path's delay.
            if (vehicle.FixTime is { } fixTime && fixTime <= now) PushMetrics.RecordFixAgeAtSend((now - fixTime).TotalMilliseconds);
        }
    }

    public Task OnFleetEvents(FleetEvent[] events)
    {
        foreach (var fleetEvent in events)
        {
            var dashboards = connections.ForCompany(fleetEvent.CompanyId);
            if (dashboards.Count == 0) continue;
            var message = FleetPushMessage.EventRaised(fleetEvent);
            foreach (var dashboard in dashboards) dashboard.DeliverEvent(message, sender);
        }
        return Task.CompletedTask;
    }

    public Task OnDashboardStats(Guid companyId, DashboardStats stats)
    {
        var dashboards = connections.ForCompany(companyId);
        if (dashboards.Count == 0) return Task.CompletedTask;
        var message = FleetPushMessage.StatsChanged(stats);
        foreach (var dashboard in dashboards) dashboard.DeliverStats(message, sender);
        return Task.CompletedTask;
    }

    public Task OnNotifications(Notification[] notifications)
    {
        foreach (var notification in notifications)
        {
            SerializedHubMessage? message = null;
            foreach (var dashboard in connections.ForUser(notification.CompanyId, notification.UserId))
            {
                message ??= FleetPushMessage.NotificationRaised(NotificationResponse.From(notification));
                dashboard.DeliverEvent(message, sender);
            }
        }
        return Task.CompletedTask;
    }

    public Task OnSessionEnded(Guid userId, Guid sessionId)
    {
        var aborted = connections.Abort(userId, sessionId);
        if (aborted > 0) LogSessionConnectionsClosed(aborted, userId);
        return Task.CompletedTask;
    }

    public Task OnAllSessionsEnded(Guid userId)
    {
        var aborted = connections.Abort(userId);
        if (aborted > 0) LogSessionConnectionsClosed(aborted, userId);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed {Connections} dashboard connections of user {UserId}: their session ended")]
    private partial void LogSessionConnectionsClosed(int connections, Guid userId);
}
