using Microsoft.AspNetCore.SignalR;

namespace TitanFleet.Api.Hubs;

public static class FleetHubServices
{
    /// <summary>Push delivery to this silo's dashboards: the connection registry, per-connection senders and the GetSnapshot limit.</summary>
    public static IServiceCollection AddFleetHubPush(this IServiceCollection services)
    {
        services.AddSingleton<DashboardConnections>();
        services.AddSingleton<HubLifetimeManager<FleetHub>, FleetHubLifetimeManager>();
        services.AddSingleton<DashboardSender>();
        services.AddSingleton<SnapshotRateLimiter>();
        services.AddSingleton<HubPushObserver>();
        services.AddHostedService<PushObserverRegistration>();
        return services;
    }
}
