using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TitanFleet.Api.Audit;
using TitanFleet.Api.Auth;
using TitanFleet.Api.Paging;
using TitanFleet.Api.Problems;
using TitanFleet.Api.Validation;
using TitanFleet.Grains.Defects;

namespace TitanFleet.Api.Defects;

/// <summary>
/// Defects, their comments and their rectifications. Everyone signed in reads (a driver only the
/// defects they reported, and comments on those); drivers, managers and admins report; mechanics,
/// managers and admins work them and sign them off. Another company's defect answers exactly like
/// a missing one, and so does another driver's for a driver.
/// </summary>
public static class DefectsEndpoints
{
    private const string FlowDescription =
        "Status flow: reported -> acknowledged -> inProgress -> rectified | noCorrectionNeeded. An update may move reported to "
        + "acknowledged or inProgress, and acknowledged to inProgress; never back. rectified (from inProgress) and noCorrectionNeeded "
        + "(from any open status) come only from POST /api/defects/{defectId}/rectifications. A refused move, or any change to a "
        + "resolved defect, is 409 naming status. A severity change takes the vehicle off road or returns it to service.";

    public static IEndpointRouteBuilder MapDefectsApi(this IEndpointRouteBuilder endpoints)
    {
        var defects = endpoints.MapGroup("/api/defects").WithTags("Defects");
        var reads = defects.MapGroup("").RequireAuthorization(Policies.SignedInUser);
        var reports = defects.MapGroup("").RequireAuthorization(Policies.ShiftWorker);
        var work = defects.MapGroup("").RequireAuthorization(Policies.DefectWorker);

        reads.MapGet("/", ListAsync).Validate<DefectListQuery>().WithName("ListDefects")
            .WithSummary("The company's defects, newest first, a page at a time (a driver: those they reported)");
        reads.MapGet("/{defectId:guid}", GetAsync).WithName("GetDefect")
            .WithSummary("One defect with its comments and rectifications (ETag: its version)");
        reports.MapPost("/", ReportAsync).Validate<ReportDefectRequest>().WithName("ReportDefect")
            .WithSummary("Report a defect outside a check (404 for a vehicle not in service; a dangerous one takes the vehicle off road)");
        work.MapPut("/{defectId:guid}", UpdateAsync).Validate<UpdateDefectRequest>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("UpdateDefect").WithSummary("Acknowledge, start, re-grade, assign or unassign (assignedTo: null) a defect (409 when stale or the flow refuses)")
            .WithDescription(FlowDescription);
        reads.MapPost("/{defectId:guid}/comments", CommentAsync).Validate<AddDefectCommentRequest>().WithName("CommentOnDefect")
            .WithSummary("Add a timestamped comment (mechanics, managers, admins, and the driver who reported it); the defect's version rises (ETag)");
        work.MapPost("/{defectId:guid}/rectifications", RectifyAsync).Validate<RectifyDefectRequest>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("RectifyDefect").WithSummary("Sign off a defect as rectified or needing no correction (the caller signs, now)")
            .WithDescription(FlowDescription + " Resolving the vehicle's last open dangerous defect returns it to service.");
        reads.MapGet("/{defectId:guid}/rectifications", ListRectificationsAsync).WithName("ListDefectRectifications")
            .WithSummary("A defect's rectifications, oldest first");
        return endpoints;
    }

    private static async Task<Ok<Page<DefectResponse>>> ListAsync(
        [AsParameters] DefectListQuery query, ClaimsPrincipal principal, PostgresDefectStore store, CancellationToken cancellationToken)
    {
        Cursors.TryDecode<DefectCursor>(query.Cursor, out var after);
        var filter = new DefectListFilter(
            VehicleId: query.VehicleId, Status: query.Status, Severity: query.Severity, From: query.From, To: query.To,
            AssignedTo: query.AssignedTo, Open: query.Open, After: after, Limit: query.Limit ?? Cursors.DefaultLimit);
        var page = await store.ListAsync(Scope(principal), filter, cancellationToken);
        return TypedResults.Ok(Pages.Of(page.Items.Select(d => DefectResponse.From(d)), page.Next));
    }

    private static async Task<Results<Ok<DefectResponse>, NotFound>> GetAsync(
        Guid defectId, ClaimsPrincipal principal, PostgresDefectStore store, PostgresDefectWorkStore work, HttpResponse response, CancellationToken cancellationToken)
    {
        var scope = Scope(principal);
        if (await store.FindAsync(scope, defectId, cancellationToken) is not { } defect) return TypedResults.NotFound();
        var comments = await work.ListCommentsAsync(scope, defectId, cancellationToken) ?? [];
        var rectifications = await work.ListRectificationsAsync(scope, defectId, cancellationToken) ?? [];
        response.Headers.ETag = VersionETag.Of(defect.Version);
        return TypedResults.Ok(DefectResponse.From(defect, comments, rectifications));
    }

    private static async Task<Results<Created<DefectResponse>, NotFound, ValidationProblem>> ReportAsync(
        ReportDefectRequest request, HttpContext context, PostgresDefectStore store, DefectNotifications notifications, CancellationToken cancellationToken)
    {
        var defect = new NewDefect(request.VehicleId!.Value, request.Category!.Trim(), request.Description!.Trim(), request.Severity!,
            request.OdometerKm, request.PhotoFileIds ?? []);
        var result = await store.CreateAsync(context.AuditActor(), Guid.NewGuid(), defect, cancellationToken);
        switch (result.Status)
        {
            case DefectWriteStatus.NotFound:
                return TypedResults.NotFound();
            case DefectWriteStatus.PhotoRefused:
                return DefectProblems.Field("photoFileIds", "Each photo must be a file uploaded with entityType=vehicle and entityId=vehicleId.");
        }
        var created = result.Record!;
        await notifications.RaisedAsync(created, result.VehicleChange);
        context.Response.Headers.ETag = VersionETag.Of(created.Version);
        return TypedResults.Created($"/api/defects/{created.Id}", DefectResponse.From(created, [], []));
    }

    private static async Task<Results<Ok<DefectResponse>, NotFound, ProblemHttpResult, ValidationProblem>> UpdateAsync(
        Guid defectId, UpdateDefectRequest request, HttpContext context, PostgresDefectStore store, DefectNotifications notifications, CancellationToken cancellationToken)
    {
        var change = new DefectChange(request.Version!.Value, request.Status, request.Severity, Reassign: request.AssignedToGiven, AssignedTo: request.AssignedTo);
        var result = await store.UpdateAsync(context.AuditActor(), defectId, change, cancellationToken);
        switch (result.Status)
        {
            case DefectWriteStatus.NotFound:
                return TypedResults.NotFound();
            case DefectWriteStatus.VersionConflict:
                return DefectProblems.Stale(result.Record!, context.Response);
            case DefectWriteStatus.StatusRefused:
                return DefectProblems.StatusRefused(result.Record!, result.Refusal!);
            case DefectWriteStatus.AssigneeRefused:
                return DefectProblems.Field("assignedTo", "'assignedTo' must be an active mechanic, manager or admin of the company.");
            case DefectWriteStatus.Written:
                await notifications.UpdatedAsync(result.Record!, result.VehicleChange, severityChanged: request.Severity is not null);
                break;
        }
        context.Response.Headers.ETag = VersionETag.Of(result.Record!.Version);
        return TypedResults.Ok(DefectResponse.From(result.Record!));
    }

    private static async Task<Results<Created<DefectCommentResponse>, NotFound, ValidationProblem>> CommentAsync(
        Guid defectId, AddDefectCommentRequest request, HttpContext context, PostgresDefectWorkStore work, CancellationToken cancellationToken)
    {
        var written = await work.AddCommentAsync(context.AuditActor(), Scope(context.User), defectId, request.Body!.Trim(), cancellationToken);
        if (written is null) return TypedResults.NotFound();
        context.Response.Headers.ETag = VersionETag.Of(written.DefectVersion);
        return TypedResults.Created($"/api/defects/{defectId}", DefectCommentResponse.From(written.Comment));
    }

    private static async Task<Results<Created<RectificationResponse>, NotFound, ProblemHttpResult, ValidationProblem>> RectifyAsync(
        Guid defectId, RectifyDefectRequest request, HttpContext context, PostgresDefectWorkStore work, DefectNotifications notifications, CancellationToken cancellationToken)
    {
        var rectified = request.Outcome == DefectStatuses.Rectified;
        var rectification = new NewRectification(request.Outcome!,
            WorkDone: rectified ? request.WorkDone!.Trim() : Blank(request.WorkDone),
            Parts: Blank(request.Parts), CostPence: request.CostPence,
            Reason: rectified ? Blank(request.Reason) : request.Reason!.Trim());
        var result = await work.RectifyAsync(context.AuditActor(), defectId, rectification, cancellationToken);
        switch (result.Status)
        {
            case DefectWriteStatus.NotFound:
                return TypedResults.NotFound();
            case DefectWriteStatus.StatusRefused:
                return DefectProblems.StatusRefused(result.Record!, result.Refusal!);
        }
        await notifications.RectifiedAsync(result.Record!, result.Rectification!, result.VehicleChange);
        return TypedResults.Created($"/api/defects/{defectId}/rectifications", RectificationResponse.From(result.Rectification!));
    }

    private static async Task<Results<Ok<RectificationResponse[]>, NotFound>> ListRectificationsAsync(
        Guid defectId, ClaimsPrincipal principal, PostgresDefectWorkStore work, CancellationToken cancellationToken)
    {
        var rows = await work.ListRectificationsAsync(Scope(principal), defectId, cancellationToken);
        return rows is null ? TypedResults.NotFound() : TypedResults.Ok(rows.Select(RectificationResponse.From).ToArray());
    }

    /// <summary>Drivers see only the defects they reported; everyone else the company's.</summary>
    private static DefectScope Scope(ClaimsPrincipal principal) =>
        new(principal.GetCompanyId(), principal.IsInRole(Roles.Driver) ? principal.GetSubjectId() : null);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
