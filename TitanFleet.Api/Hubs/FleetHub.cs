using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using TitanFleet.Api.Auth;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Api.Hubs;

/// <summary>
/// Live map dashboards: each fleet viewer's connection joins its company's group and only ever sees
/// that company. A driver may connect too, for their own notifications only: no positions, no
/// fleet events, no snapshot (<see cref="DashboardConnections"/> keeps them apart).
/// </summary>
[Authorize(Policy = Policies.SignedInUser)]
public sealed class FleetHub(IVehicleDirectory vehicles, IGrainFactory grains, SnapshotRateLimiter snapshotLimiter) : Hub<IFleetHubClient>
{
    public const string Path = "/hubs/fleet";

    public override async Task OnConnectedAsync()
    {
        if (IsFleetViewer(Context.User!)) await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.Company(Context.User!.GetCompanyId()));
        FleetHubMetrics.Connected();
        await base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        FleetHubMetrics.Disconnected();
        return base.OnDisconnectedAsync(exception);
    }

    public static bool IsFleetViewer(ClaimsPrincipal user) => user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Mechanic);

    /// <summary>Every vehicle of the caller's company with its current live state, so a map is complete at once.</summary>
    [Authorize(Policy = Policies.FleetViewer)]
    public async Task<VehicleSnapshot[]> GetSnapshot()
    {
        if (!snapshotLimiter.TryAcquire(Context.ConnectionId))
        {
            FleetHubMetrics.SnapshotRefused();
            throw new HubException(snapshotLimiter.RefusalMessage);
        }
        var fleet = await vehicles.ListCompanyAsync(Context.User!.GetCompanyId(), Context.ConnectionAborted);
        var snapshots = await Task.WhenAll(fleet.Select(vehicle => grains.GetGrain<IVehicleGrain>(vehicle.VehicleId).GetSnapshotAsync()));
        return [.. snapshots.OfType<VehicleSnapshot>()];
    }
}
