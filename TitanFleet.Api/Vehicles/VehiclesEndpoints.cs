using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TitanFleet.Api.Audit;
using TitanFleet.Api.Auth;
using TitanFleet.Api.Paging;
using TitanFleet.Api.Problems;
using TitanFleet.Api.Validation;
using TitanFleet.Grains.Telemetry;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Api.Vehicles;

/// <summary>
/// The vehicles register and each vehicle's live state and trail. Reads: admins, managers and
/// mechanics; writes: admins and managers. Another company's vehicle answers exactly like a missing one.
/// </summary>
public static class VehiclesEndpoints
{
    private const int MaxTrailPoints = 10_000;

    public static IEndpointRouteBuilder MapVehiclesApi(this IEndpointRouteBuilder endpoints)
    {
        var vehicles = endpoints.MapGroup("/api/vehicles").WithTags("Vehicles");
        var reads = vehicles.MapGroup("").RequireAuthorization(Policies.FleetViewer);
        var writes = vehicles.MapGroup("").RequireAuthorization(Policies.FleetManager);
        var drivable = vehicles.MapGroup("").RequireAuthorization(Policies.ShiftWorker);

        reads.MapGet("/", ListAsync).Validate<VehicleListQuery>().WithName("ListVehicles")
            .WithSummary("The company's vehicles, a page at a time (retired ones only when status=retired)");
        drivable.MapGet("/drivable", ListDrivableAsync).Validate<DrivableVehicleQuery>().WithName("ListDrivableVehicles")
            .WithSummary("The vehicles a driver may pick for a check or a shift (not retired), by registration");
        reads.MapGet("/{vehicleId:guid}", GetAsync).WithName("GetVehicle").WithSummary("One vehicle of the register (ETag: its version)");
        writes.MapPost("/", CreateAsync).Validate<CreateVehicleRequest>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("CreateVehicle").WithSummary("Add a vehicle (409 when the registration or VIN is taken)");
        writes.MapPut("/{vehicleId:guid}", UpdateAsync).Validate<UpdateVehicleRequest>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("UpdateVehicle").WithSummary("Replace a vehicle's details (409 when the version is stale or the registration or VIN is taken)");
        writes.MapDelete("/{vehicleId:guid}", RetireAsync).Validate<RetireVehicleQuery>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("RetireVehicle").WithSummary("Retire a vehicle: hidden from the default list, history kept, its devices refused");
        reads.MapGet("/{vehicleId:guid}/live", GetLiveAsync).WithName("GetVehicleLive").WithSummary("A vehicle's live state");
        reads.MapGet("/{vehicleId:guid}/trail", GetTrailAsync).Validate<TrailQuery>().WithName("GetVehicleTrail")
            .Produces<TrailPoint[]>(StatusCodes.Status200OK).ProducesValidationProblem()
            .WithSummary("A vehicle's positions between from and to (default: today, UTC)")
            .WithDescription("Oldest first, at most 10,000 fixes; streamed as they are read. A retired vehicle's trail stays readable.");
        return endpoints;
    }

    private static async Task<Ok<Page<VehicleResponse>>> ListAsync(
        [AsParameters] VehicleListQuery query, ClaimsPrincipal principal, PostgresVehicleStore store, CancellationToken cancellationToken)
    {
        Cursors.TryDecode<VehicleCursor>(query.Cursor, out var after);
        var filter = new VehicleListFilter(
            Status: query.Status, Type: query.Type, Depot: query.Depot,
            RegistrationPrefix: query.Registration is null ? null : VehicleRegistration.Normalise(query.Registration),
            Sort: after?.Sort ?? VehicleListSorts.Parse(query.Sort), After: after, Limit: query.Limit ?? Cursors.DefaultLimit);
        var page = await store.ListAsync(principal.GetCompanyId(), filter, cancellationToken);
        return TypedResults.Ok(Pages.Of(page.Items.Select(VehicleResponse.From), page.Next));
    }

    private static async Task<Ok<Page<DrivableVehicleResponse>>> ListDrivableAsync(
        [AsParameters] DrivableVehicleQuery query, ClaimsPrincipal principal, PostgresVehicleStore store, CancellationToken cancellationToken)
    {
        Cursors.TryDecode<VehicleCursor>(query.Cursor, out var after);
        var filter = new VehicleListFilter(
            Status: null, Type: null, Depot: null,
            RegistrationPrefix: query.Registration is null ? null : VehicleRegistration.Normalise(query.Registration),
            Sort: VehicleSort.RegistrationAscending, After: after, Limit: query.Limit ?? Cursors.DefaultLimit);
        var page = await store.ListAsync(principal.GetCompanyId(), filter, cancellationToken);
        return TypedResults.Ok(Pages.Of(page.Items.Select(DrivableVehicleResponse.From), page.Next));
    }

    private static async Task<Results<Ok<VehicleResponse>, NotFound>> GetAsync(
        Guid vehicleId, ClaimsPrincipal principal, PostgresVehicleStore store, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(principal.GetCompanyId(), vehicleId, cancellationToken) is not { } record) return TypedResults.NotFound();
        return Respond(record, response);
    }

    private static async Task<Results<Created<VehicleResponse>, ProblemHttpResult, ValidationProblem>> CreateAsync(
        CreateVehicleRequest request, HttpContext context, PostgresVehicleStore store, VehicleLiveSync live, CancellationToken cancellationToken)
    {
        var details = Details(request, request.Status ?? VehicleRecordStatuses.Active, request.MileageKm ?? 0);
        var result = await store.CreateAsync(context.AuditActor(), Guid.NewGuid(), details, cancellationToken);
        if (result.Status == VehicleWriteStatus.Duplicate) return Duplicate(result.DuplicateField!);

        var record = result.Record!;
        await live.ApplyAsync(record);
        context.Response.Headers.ETag = VersionETag.Of(record.Version);
        return TypedResults.Created($"/api/vehicles/{record.Id}", VehicleResponse.From(record));
    }

    private static async Task<Results<Ok<VehicleResponse>, NotFound, ProblemHttpResult, ValidationProblem>> UpdateAsync(
        Guid vehicleId, UpdateVehicleRequest request, HttpContext context, PostgresVehicleStore store, VehicleLiveSync live, VehicleStatusEvents statusEvents,
        CancellationToken cancellationToken)
    {
        var details = Details(request, request.Status!, request.MileageKm!.Value);
        var result = await store.UpdateAsync(context.AuditActor(), vehicleId, request.Version!.Value, details, cancellationToken);
        switch (result.Status)
        {
            case VehicleWriteStatus.NotFound:
                return TypedResults.NotFound();
            case VehicleWriteStatus.VersionConflict:
                return Stale(result.Record!, context.Response);
            case VehicleWriteStatus.Duplicate:
                return Duplicate(result.DuplicateField!);
            case VehicleWriteStatus.Written:
                // The grain and caches first, so the map already shows the new status when the event lands.
                await live.ApplyAsync(result.Record!);
                await statusEvents.ChangedAsync(result.Record!, result.PreviousStatus!);
                break;
        }
        return Respond(result.Record!, context.Response);
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult, ValidationProblem>> RetireAsync(
        Guid vehicleId, [AsParameters] RetireVehicleQuery query, HttpContext context, PostgresVehicleStore store, VehicleLiveSync live, CancellationToken cancellationToken)
    {
        var result = await store.RetireAsync(context.AuditActor(), vehicleId, query.Version!.Value, cancellationToken);
        switch (result.Status)
        {
            case VehicleWriteStatus.NotFound:
                return TypedResults.NotFound();
            case VehicleWriteStatus.VersionConflict:
                return Stale(result.Record!, context.Response);
            case VehicleWriteStatus.Written:
                await live.ApplyAsync(result.Record!);
                break;
        }
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<VehicleSnapshot>, NotFound>> GetLiveAsync(
        Guid vehicleId, ClaimsPrincipal principal, IVehicleDirectory directory, IGrainFactory grains, CancellationToken cancellationToken)
    {
        if (!await InServiceForCallerAsync(vehicleId, principal, directory, cancellationToken)) return TypedResults.NotFound();
        var snapshot = await grains.GetGrain<IVehicleGrain>(vehicleId).GetSnapshotAsync();
        return snapshot is null ? TypedResults.NotFound() : TypedResults.Ok(snapshot);
    }

    private static async Task<Results<TrailResult, NotFound>> GetTrailAsync(
        Guid vehicleId, [AsParameters] TrailQuery query, ClaimsPrincipal principal, PostgresTrailStore trails, TimeProvider time, HttpContext context,
        CancellationToken cancellationToken)
    {
        var (start, end) = query.Resolve(time.GetUtcNow());
        // A retired vehicle's trail stays readable: its history is kept.
        var trail = await trails.OpenAsync(principal.GetCompanyId(), vehicleId, start, end, MaxTrailPoints, cancellationToken);
        if (trail is null) return TypedResults.NotFound();
        // Released with the request even if the result never runs; disposing twice is harmless.
        context.Response.RegisterForDisposeAsync(trail);
        return new TrailResult(trail);
    }

    private static VehicleDetails Details(IVehicleFields request, string status, int mileageKm) => new(
        Registration: VehicleRegistration.Normalise(request.Registration!),
        Make: Blank(request.Make), Model: Blank(request.Model), Year: request.Year,
        Vin: request.Vin is null ? null : VehicleIdentificationNumber.Normalise(request.Vin),
        Type: request.Type!, Status: status, MileageKm: mileageKm, Depot: Blank(request.Depot));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static Ok<VehicleResponse> Respond(VehicleRecord record, HttpResponse response)
    {
        response.Headers.ETag = VersionETag.Of(record.Version);
        return TypedResults.Ok(VehicleResponse.From(record));
    }

    private static ProblemHttpResult Duplicate(string field) =>
        ConflictProblems.Conflict(field, $"Another vehicle of this company already has this {field}.");

    /// <summary>The update was based on an older version: the client re-reads (the current version is in the body and ETag) and retries.</summary>
    private static ProblemHttpResult Stale(VehicleRecord current, HttpResponse response) =>
        ConflictProblems.Stale(current.Version, "The vehicle was changed by someone else since you read it.", response);

    /// <summary>Another company's vehicle answers 404 exactly like a missing one.</summary>
    private static async Task<bool> InServiceForCallerAsync(Guid vehicleId, ClaimsPrincipal principal, IVehicleDirectory directory, CancellationToken cancellationToken) =>
        await directory.FindAsync(vehicleId, cancellationToken) is { } profile && profile.CompanyId == principal.GetCompanyId();
}
