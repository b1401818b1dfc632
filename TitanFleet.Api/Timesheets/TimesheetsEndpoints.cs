using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TitanFleet.Api.Audit;
using TitanFleet.Api.Auth;
using TitanFleet.Api.Paging;
using TitanFleet.Api.Problems;
using TitanFleet.Api.Shifts;
using TitanFleet.Api.Validation;
using TitanFleet.Grains.Timesheets;

namespace TitanFleet.Api.Timesheets;

/// <summary>
/// Ended shifts. Every signed-in user reads them, a driver only their own (filters notwithstanding);
/// managers and admins correct times and odometers. Another company's entry answers like a missing one.
/// </summary>
public static class TimesheetsEndpoints
{
    public static IEndpointRouteBuilder MapTimesheetsApi(this IEndpointRouteBuilder endpoints)
    {
        var timesheets = endpoints.MapGroup("/api/timesheets").WithTags("Timesheets");
        var reads = timesheets.MapGroup("").RequireAuthorization(Policies.SignedInUser);
        var writes = timesheets.MapGroup("").RequireAuthorization(Policies.FleetManager);

        reads.MapGet("/", ListAsync).Validate<TimesheetListQuery>().WithName("ListTimesheets")
            .WithSummary("Timesheet entries, newest first, a page at a time (a driver's own only)");
        reads.MapGet("/{timesheetId:guid}", GetAsync).WithName("GetTimesheet").WithSummary("One timesheet entry (ETag: its version)");
        writes.MapPut("/{timesheetId:guid}", UpdateAsync).Validate<UpdateTimesheetRequest>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("UpdateTimesheet").WithSummary("Correct an entry's times and odometers (409 when the version is stale)");
        return endpoints;
    }

    private static async Task<Ok<Page<TimesheetResponse>>> ListAsync(
        [AsParameters] TimesheetListQuery query, ClaimsPrincipal principal, PostgresTimesheetStore store, CancellationToken cancellationToken)
    {
        Cursors.TryDecode<TimesheetCursor>(query.Cursor, out var after);
        var driverId = principal.IsInRole(Roles.Driver) ? principal.GetSubjectId() : query.DriverId;
        var filter = new TimesheetListFilter(driverId, query.VehicleId, query.From, query.To, after, query.Limit ?? Cursors.DefaultLimit);
        var page = await store.ListAsync(principal.GetCompanyId(), filter, cancellationToken);
        return TypedResults.Ok(Pages.Of(page.Items.Select(TimesheetResponse.From), page.Next));
    }

    private static async Task<Results<Ok<TimesheetResponse>, NotFound>> GetAsync(
        Guid timesheetId, ClaimsPrincipal principal, PostgresTimesheetStore store, HttpResponse response, CancellationToken cancellationToken)
    {
        var record = await store.FindAsync(principal.GetCompanyId(), timesheetId, cancellationToken);
        // Another driver's entry answers exactly like a missing one.
        if (record is null || (principal.IsInRole(Roles.Driver) && record.DriverId != principal.GetSubjectId())) return TypedResults.NotFound();
        return Respond(record, response);
    }

    private static async Task<Results<Ok<TimesheetResponse>, NotFound, ProblemHttpResult, ValidationProblem>> UpdateAsync(
        Guid timesheetId, UpdateTimesheetRequest request, HttpContext context, PostgresTimesheetStore store, CancellationToken cancellationToken)
    {
        var correction = new TimesheetCorrection(request.StartedAt!.Value, request.EndedAt!.Value, request.StartOdometerKm!.Value, request.EndOdometerKm!.Value);
        var result = await store.CorrectAsync(context.AuditActor(), timesheetId, request.Version!.Value, correction, cancellationToken);
        switch (result.Status)
        {
            case TimesheetWriteStatus.NotFound:
                return TypedResults.NotFound();
            case TimesheetWriteStatus.VersionConflict:
                return ConflictProblems.Stale(result.Record!.Version, "The timesheet entry was changed by someone else since you read it.", context.Response);
            default:
                return Respond(result.Record!, context.Response);
        }
    }

    private static Ok<TimesheetResponse> Respond(TimesheetRecord record, HttpResponse response)
    {
        response.Headers.ETag = VersionETag.Of(record.Version);
        return TypedResults.Ok(TimesheetResponse.From(record));
    }
}
