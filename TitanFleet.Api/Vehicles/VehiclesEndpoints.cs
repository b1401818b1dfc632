using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TitanFleet.Api.Auth;
using TitanFleet.Grains.Telemetry;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Api.Vehicles;

public static class VehiclesEndpoints
{
    private const int MaxTrailPoints = 10_000;

    public static IEndpointRouteBuilder MapVehiclesApi(this IEndpointRouteBuilder endpoints)
    {
        var vehicles = endpoints.MapGroup("/api/vehicles").WithTags("Vehicles").RequireAuthorization(Policies.FleetViewer);
        vehicles.MapGet("/", ListAsync).WithName("ListVehicles").WithSummary("The company's vehicles");
        vehicles.MapGet("/{vehicleId:guid}/live", GetLiveAsync).WithName("GetVehicleLive").WithSummary("A vehicle's live state");
        vehicles.MapGet("/{vehicleId:guid}/trail", GetTrailAsync).WithName("GetVehicleTrail")
            .WithSummary("A vehicle's positions between from and to (default: today, UTC)");
        return endpoints;
    }

    private static async Task<Ok<IReadOnlyList<VehicleProfile>>> ListAsync(ClaimsPrincipal principal, IVehicleDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ListCompanyAsync(principal.GetCompanyId(), cancellationToken));

    private static async Task<Results<Ok<VehicleSnapshot>, NotFound>> GetLiveAsync(
        Guid vehicleId, ClaimsPrincipal principal, IVehicleDirectory directory, IGrainFactory grains, CancellationToken cancellationToken)
    {
        if (!await BelongsToCallerAsync(vehicleId, principal, directory, cancellationToken)) return TypedResults.NotFound();
        var snapshot = await grains.GetGrain<IVehicleGrain>(vehicleId).GetSnapshotAsync();
        return snapshot is null ? TypedResults.NotFound() : TypedResults.Ok(snapshot);
    }

    private static async Task<Results<Ok<IReadOnlyList<PositionReport>>, NotFound, ValidationProblem>> GetTrailAsync(
        Guid vehicleId, DateTimeOffset? from, DateTimeOffset? to, ClaimsPrincipal principal,
        IVehicleDirectory directory, ILocationHistory history, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!await BelongsToCallerAsync(vehicleId, principal, directory, cancellationToken)) return TypedResults.NotFound();
        var start = from ?? new DateTimeOffset(time.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
        var end = to ?? start.AddDays(1);
        if (end <= start) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["'to' must be after 'from'."] });
        if (end - start > TimeSpan.FromDays(31)) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["At most 31 days per request."] });
        return TypedResults.Ok(await history.GetTrailAsync(vehicleId, start, end, MaxTrailPoints, cancellationToken));
    }

    /// <summary>Another company's vehicle answers 404 exactly like a missing one.</summary>
    private static async Task<bool> BelongsToCallerAsync(Guid vehicleId, ClaimsPrincipal principal, IVehicleDirectory directory, CancellationToken cancellationToken) =>
        await directory.FindAsync(vehicleId, cancellationToken) is { } profile && profile.CompanyId == principal.GetCompanyId();
}
