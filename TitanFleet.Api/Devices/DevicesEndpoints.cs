using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using TitanFleet.Api.Audit;
using TitanFleet.Api.Auth;
using TitanFleet.Api.OsmAnd;
using TitanFleet.Api.Paging;
using TitanFleet.Api.Problems;
using TitanFleet.Api.Validation;
using TitanFleet.Grains.Caching;

namespace TitanFleet.Api.Devices;

/// <summary>
/// A vehicle's phones and trackers: admins and managers list, register and revoke them. A device's
/// token is shown once, at registration; a revoked device is refused on every silo before the
/// revocation answers. Another company's vehicle or device answers exactly like a missing one.
/// </summary>
public static class DevicesEndpoints
{
    public static IEndpointRouteBuilder MapDevicesApi(this IEndpointRouteBuilder endpoints)
    {
        var devices = endpoints.MapGroup("/api/vehicles/{vehicleId:guid}/devices").WithTags("Devices");
        var reads = devices.MapGroup("").RequireAuthorization(Policies.FleetManager);
        var writes = devices.MapGroup("").RequireAuthorization(Policies.FleetManager);

        reads.MapGet("/", ListAsync).Validate<DeviceListQuery>().WithName("ListVehicleDevices")
            .WithSummary("The vehicle's devices, oldest first, revoked ones included (never their tokens)");
        writes.MapPost("/", RegisterAsync).Validate<RegisterDeviceRequest>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("RegisterVehicleDevice")
            .WithSummary("Register a phone or tracker: its token (shown once) and Traccar Client settings (409 when the id is taken or the vehicle retired)");
        writes.MapDelete("/{deviceId:guid}", RevokeAsync).WithName("RevokeVehicleDevice")
            .WithSummary("Revoke a device: refused at once on every silo; its history is kept");
        return endpoints;
    }

    private static async Task<Results<Ok<Page<DeviceResponse>>, NotFound>> ListAsync(
        Guid vehicleId, [AsParameters] DeviceListQuery query, ClaimsPrincipal principal, PostgresDeviceRegister register, CancellationToken cancellationToken)
    {
        Cursors.TryDecode<DeviceCursor>(query.Cursor, out var after);
        if (await register.ListAsync(principal.GetCompanyId(), vehicleId, after, query.Limit ?? Cursors.DefaultLimit, cancellationToken) is not { } page)
            return TypedResults.NotFound();
        return TypedResults.Ok(Pages.Of(page.Items.Select(DeviceResponse.From), page.Next));
    }

    private static async Task<Results<Created<DeviceRegisteredResponse>, NotFound, ProblemHttpResult, ValidationProblem>> RegisterAsync(
        Guid vehicleId, RegisterDeviceRequest request, HttpContext context, PostgresDeviceRegister register,
        IOptions<DeviceSetupOptions> setup, TimeProvider time, CancellationToken cancellationToken)
    {
        var device = new RegisteredDevice(
            Id: Guid.NewGuid(), VehicleId: vehicleId, Name: request.Name!.Trim(), Kind: request.Kind ?? DeviceKinds.Phone,
            UniqueId: request.UniqueId ?? DeviceUniqueIds.Generate(), CreatedAt: time.GetUtcNow(), RevokedAt: null);
        var secret = DeviceToken.NewSecret();
        var result = await register.CreateAsync(context.AuditActor(), vehicleId, device, DeviceToken.Hash(secret), cancellationToken);
        switch (result.Status)
        {
            case DeviceWriteStatus.NotFound:
                return TypedResults.NotFound();
            case DeviceWriteStatus.Duplicate:
                return ConflictProblems.Conflict("uniqueId", "Another device already uses this id.");
            case DeviceWriteStatus.VehicleRetired:
                return ConflictProblems.Conflict("vehicleId", "The vehicle is retired: it takes no new devices.");
        }

        var created = result.Device!;
        var traccar = new TraccarClientSetup(ServerUrl(context.Request, setup.Value), created.UniqueId);
        return TypedResults.Created($"/api/vehicles/{vehicleId}/devices/{created.Id}",
            new DeviceRegisteredResponse(DeviceResponse.From(created), DeviceToken.Format(created.Id, secret), traccar));
    }

    private static async Task<Results<NoContent, NotFound>> RevokeAsync(
        Guid vehicleId, Guid deviceId, HttpContext context, PostgresDeviceRegister register, ClusterCacheInvalidator invalidator, CancellationToken cancellationToken)
    {
        var result = await register.RevokeAsync(context.AuditActor(), vehicleId, deviceId, cancellationToken);
        if (result.Status == DeviceWriteStatus.NotFound) return TypedResults.NotFound();
        await invalidator.InvalidateAsync(PostgresDeviceStore.CacheRegion, deviceId);
        return TypedResults.NoContent();
    }

    /// <summary>Traccar Client posts the OsmAnd protocol to exactly this URL.</summary>
    private static string ServerUrl(HttpRequest request, DeviceSetupOptions options)
    {
        var root = options.PublicUrl ?? $"{request.Scheme}://{request.Host}{request.PathBase}";
        return root.TrimEnd('/') + OsmAndEndpoints.Path;
    }
}
