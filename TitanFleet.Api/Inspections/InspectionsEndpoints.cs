using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TitanFleet.Api.Audit;
using TitanFleet.Api.Auth;
using TitanFleet.Api.Paging;
using TitanFleet.Api.Validation;
using TitanFleet.Grains.Checks;
using TitanFleet.Grains.Events;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Api.Inspections;

/// <summary>
/// Walkaround (shift) checks. Drivers, managers and admins submit them; every signed-in person of
/// the company reads them, a driver only their own. A failed item raises a defect; a dangerous one
/// takes the vehicle off road before the response. Another company's check or vehicle answers 404.
/// </summary>
public static class InspectionsEndpoints
{
    public static IEndpointRouteBuilder MapInspectionsApi(this IEndpointRouteBuilder endpoints)
    {
        var inspections = endpoints.MapGroup("/api/inspections").WithTags("Checks");
        var reads = inspections.MapGroup("").RequireAuthorization(Policies.SignedInUser);
        var writes = inspections.MapGroup("").RequireAuthorization(Policies.ShiftWorker);

        writes.MapPost("/", SubmitAsync).Validate<SubmitInspectionRequest>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("SubmitInspection")
            .WithSummary("Submit a walkaround check: every item of the vehicle type's list once; each fail raises a defect, a dangerous one makes the vehicle VOR");
        reads.MapGet("/", ListAsync).Validate<InspectionListQuery>().WithName("ListInspections")
            .WithSummary("The company's checks, newest first, a page at a time (a driver sees only their own)");
        reads.MapGet("/{inspectionId:guid}", GetAsync).WithName("GetInspection").WithSummary("One check with each item's result (a driver only their own)");
        return endpoints;
    }

    private static async Task<Results<Created<InspectionResponse>, NotFound, ValidationProblem>> SubmitAsync(
        SubmitInspectionRequest request, HttpContext context, PostgresInspectionStore store, VehicleLiveSync live,
        IFleetEventPublisher events, TimeProvider time, CancellationToken cancellationToken)
    {
        var submission = new InspectionSubmission(
            VehicleId: request.VehicleId!.Value, DriverId: context.User.GetSubjectId(),
            OdometerKm: request.OdometerKm!.Value, FuelLevelPercent: request.FuelLevelPercent!.Value,
            Results: [.. request.Results!.Select(r => new SubmittedCheckResult(
                ItemCode: r.ItemCode!, Result: r.Result!, Note: string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim(),
                Severity: r.Severity, PhotoFileIds: [.. (r.PhotoFileIds ?? []).Distinct()]))]);
        var result = await store.SubmitAsync(context.AuditActor(), submission, cancellationToken);
        switch (result.Status)
        {
            case InspectionWriteStatus.VehicleNotFound:
                return TypedResults.NotFound();
            case InspectionWriteStatus.Invalid:
                return TypedResults.ValidationProblem(result.Errors!);
        }

        var check = result.Inspection!;
        if (result.VehicleChange is { } vehicle) await live.ApplyAsync(vehicle);
        await InspectionEvents.PublishAsync(events, check, result.VehicleChange, time.GetUtcNow());
        return TypedResults.Created($"/api/inspections/{check.Id}", InspectionResponse.From(check));
    }

    private static async Task<Ok<Page<InspectionResponse>>> ListAsync(
        [AsParameters] InspectionListQuery query, ClaimsPrincipal principal, PostgresInspectionReader reader, CancellationToken cancellationToken)
    {
        Cursors.TryDecode<InspectionCursor>(query.Cursor, out var after);
        var filter = new InspectionListFilter(
            VehicleId: query.VehicleId, DriverId: query.DriverId, OnlyDriverId: OwnOnly(principal),
            From: query.From, To: query.To, HasDefects: query.HasDefects, After: after, Limit: query.Limit ?? Cursors.DefaultLimit);
        var page = await reader.ListAsync(principal.GetCompanyId(), filter, cancellationToken);
        return TypedResults.Ok(Pages.Of(page.Items.Select(InspectionResponse.From), page.Next));
    }

    private static async Task<Results<Ok<InspectionResponse>, NotFound>> GetAsync(
        Guid inspectionId, ClaimsPrincipal principal, PostgresInspectionReader reader, CancellationToken cancellationToken) =>
        await reader.FindAsync(principal.GetCompanyId(), inspectionId, OwnOnly(principal), cancellationToken) is { } check
            ? TypedResults.Ok(InspectionResponse.From(check))
            : TypedResults.NotFound();

    /// <summary>A driver sees only the checks they submitted, whatever the filters say.</summary>
    private static Guid? OwnOnly(ClaimsPrincipal principal) => principal.IsInRole(Roles.Driver) ? principal.GetSubjectId() : null;
}
