using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TitanFleet.Api.Audit;
using TitanFleet.Api.Auth;
using TitanFleet.Api.Paging;
using TitanFleet.Api.Problems;
using TitanFleet.Api.Validation;
using TitanFleet.Grains.Geofences;

namespace TitanFleet.Api.Geofences;

/// <summary>
/// The company's geofences and who is inside each. Reads: admins, managers and mechanics; writes:
/// admins and managers. Another company's geofence answers exactly like a missing one. A write
/// reaches every silo's spatial index before its response.
/// </summary>
public static class GeofencesEndpoints
{
    public static IEndpointRouteBuilder MapGeofencesApi(this IEndpointRouteBuilder endpoints)
    {
        var geofences = endpoints.MapGroup("/api/geofences").WithTags("Geofences");
        var reads = geofences.MapGroup("").RequireAuthorization(Policies.FleetViewer);
        var writes = geofences.MapGroup("").RequireAuthorization(Policies.FleetManager);

        reads.MapGet("/", ListAsync).Validate<GeofenceListQuery>().WithName("ListGeofences")
            .WithSummary("The company's geofences by name, a page at a time (filters: type, active, name prefix)");
        reads.MapGet("/{geofenceId:guid}", GetAsync).WithName("GetGeofence").WithSummary("One geofence (ETag: its version)");
        reads.MapGet("/{geofenceId:guid}/occupants", GetOccupantsAsync).WithName("GetGeofenceOccupants")
            .WithSummary("The vehicles inside a geofence now, and since when (fix time)");
        writes.MapPost("/", CreateAsync).Validate<CreateGeofenceRequest>().WithName("CreateGeofence")
            .WithSummary("Add a circle or polygon geofence (400 naming what is wrong with the shape)");
        writes.MapPut("/{geofenceId:guid}", UpdateAsync).Validate<UpdateGeofenceRequest>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("UpdateGeofence").WithSummary("Replace a geofence (409 when the version is stale)");
        writes.MapDelete("/{geofenceId:guid}", DeleteAsync).Validate<DeleteGeofenceQuery>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("DeleteGeofence").WithSummary("Delete a geofence: it stops firing at once; its row stays for the audit log");
        return endpoints;
    }

    private static async Task<Ok<Page<GeofenceResponse>>> ListAsync(
        [AsParameters] GeofenceListQuery query, ClaimsPrincipal principal, PostgresGeofenceStore store, CancellationToken cancellationToken)
    {
        Cursors.TryDecode<GeofenceCursor>(query.Cursor, out var after);
        var filter = new GeofenceListFilter(Type: query.Type, Active: query.Active, NamePrefix: query.Name, After: after, Limit: query.Limit ?? Cursors.DefaultLimit);
        var page = await store.ListAsync(principal.GetCompanyId(), filter, cancellationToken);
        return TypedResults.Ok(Pages.Of(page.Items.Select(GeofenceResponse.From), page.Next));
    }

    private static async Task<Results<Ok<GeofenceResponse>, NotFound>> GetAsync(
        Guid geofenceId, ClaimsPrincipal principal, PostgresGeofenceStore store, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(principal.GetCompanyId(), geofenceId, cancellationToken) is not { } record) return TypedResults.NotFound();
        return Respond(record, response);
    }

    private static async Task<Results<Ok<GeofenceOccupant[]>, NotFound>> GetOccupantsAsync(
        Guid geofenceId, ClaimsPrincipal principal, PostgresGeofenceStore store, IGrainFactory grains, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(principal.GetCompanyId(), geofenceId, cancellationToken) is null) return TypedResults.NotFound();
        var view = await grains.GetGrain<IGeofenceGrain>(geofenceId).GetAsync();
        return TypedResults.Ok(view.Occupants);
    }

    private static async Task<Created<GeofenceResponse>> CreateAsync(
        CreateGeofenceRequest request, HttpContext context, PostgresGeofenceStore store, GeofenceLiveSync live, CancellationToken cancellationToken)
    {
        var record = await store.CreateAsync(context.AuditActor(), Guid.NewGuid(), Details(request), cancellationToken);
        await live.ApplyAsync(record);
        context.Response.Headers.ETag = VersionETag.Of(record.Version);
        return TypedResults.Created($"/api/geofences/{record.Id}", GeofenceResponse.From(record));
    }

    private static async Task<Results<Ok<GeofenceResponse>, NotFound, ProblemHttpResult>> UpdateAsync(
        Guid geofenceId, UpdateGeofenceRequest request, HttpContext context, PostgresGeofenceStore store, GeofenceLiveSync live, CancellationToken cancellationToken)
    {
        var result = await store.UpdateAsync(context.AuditActor(), geofenceId, request.Version!.Value, Details(request), cancellationToken);
        switch (result.Status)
        {
            case GeofenceWriteStatus.NotFound:
                return TypedResults.NotFound();
            case GeofenceWriteStatus.VersionConflict:
                return Stale(result.Record!, context.Response);
            case GeofenceWriteStatus.Written:
                await live.ApplyAsync(result.Record!);
                break;
        }
        return Respond(result.Record!, context.Response);
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(
        Guid geofenceId, [AsParameters] DeleteGeofenceQuery query, HttpContext context, PostgresGeofenceStore store, GeofenceLiveSync live, CancellationToken cancellationToken)
    {
        var result = await store.DeleteAsync(context.AuditActor(), geofenceId, query.Version!.Value, cancellationToken);
        switch (result.Status)
        {
            case GeofenceWriteStatus.NotFound:
                return TypedResults.NotFound();
            case GeofenceWriteStatus.VersionConflict:
                return Stale(result.Record!, context.Response);
        }
        await live.ApplyAsync(result.Record!);
        return TypedResults.NoContent();
    }

    /// <summary>The validated request as stored: the polygon normalised to GeoJSON, defaults filled in.</summary>
    private static GeofenceDetails Details(IGeofenceFields request)
    {
        string? polygon = null;
        if (request.Circle is null && GeofenceShapes.TryParse(request.Polygon!, out var parsed, out _)) polygon = GeofenceShapes.ToGeoJson(parsed!);
        var schedule = request.Schedule is { } s
            ? new GeofenceSchedule(
                DaysMask: GeofenceSchedule.MaskOf(s.Days!),
                Start: GeofenceFieldsValidator.ParseTime(s.Start!),
                End: GeofenceFieldsValidator.ParseTime(s.End!))
            : null;
        return new GeofenceDetails(
            Name: request.Name!.Trim(),
            Type: request.Type!,
            Active: request.Active ?? true,
            Circle: request.Circle is { } c ? new GeofenceCircle(Latitude: c.Latitude!.Value, Longitude: c.Longitude!.Value, RadiusMetres: c.RadiusMetres!.Value) : null,
            PolygonGeoJson: polygon,
            Rules: new GeofenceRules(
                AlertOnEnter: request.AlertOnEnter ?? true,
                AlertOnExit: request.AlertOnExit ?? true,
                MinDwellSeconds: request.MinDwellSeconds ?? 0,
                Schedule: schedule,
                SpeedLimitKmh: request.SpeedLimitKmh));
    }

    private static Ok<GeofenceResponse> Respond(GeofenceRecord record, HttpResponse response)
    {
        response.Headers.ETag = VersionETag.Of(record.Version);
        return TypedResults.Ok(GeofenceResponse.From(record));
    }

    /// <summary>The write was based on an older version: the client re-reads (the current version is in the body and ETag) and retries.</summary>
    private static ProblemHttpResult Stale(GeofenceRecord current, HttpResponse response) =>
        ConflictProblems.Stale(current.Version, "The geofence was changed by someone else since you read it.", response);
}
