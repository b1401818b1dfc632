using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TitanFleet.Api.Audit;
using TitanFleet.Api.Auth;
using TitanFleet.Api.Paging;
using TitanFleet.Api.Problems;
using TitanFleet.Api.Validation;
using TitanFleet.Grains.Company;
using TitanFleet.Grains.Reminders;
using TitanFleet.Grains.Rollups;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Api.Reminders;

/// <summary>
/// The company's reminders (MOT, safety inspection, service, tax, insurance, tachograph). Reads:
/// admins, managers and mechanics; writes: admins and managers. Another company's reminder answers
/// exactly like a missing one. Status and escalation move by themselves (the company's reminders
/// grain); every write asks that grain to look again before answering, so the response already
/// shows where the reminder stands.
/// </summary>
public static class RemindersEndpoints
{
    /// <summary>DOMAIN.md: a vehicle over 12 years old is inspected at least every 6 weeks.</summary>
    private const int OldVehicleYears = 12;
    private const int OldVehicleMaxInspectionWeeks = 6;
    private const int DefaultInspectionWeeks = 6;

    public static IEndpointRouteBuilder MapRemindersApi(this IEndpointRouteBuilder endpoints)
    {
        var reminders = endpoints.MapGroup("/api/reminders").WithTags("Reminders");
        var reads = reminders.MapGroup("").RequireAuthorization(Policies.FleetViewer);
        var writes = reminders.MapGroup("").RequireAuthorization(Policies.FleetManager);

        reads.MapGet("/", ListAsync).Validate<ReminderListQuery>().WithName("ListReminders")
            .WithSummary("The company's reminders by due date, a page at a time (filters: vehicle, type, status, due before)");
        reads.MapGet("/{reminderId:guid}", GetAsync).WithName("GetReminder").WithSummary("One reminder (ETag: its version)");
        writes.MapPost("/", CreateAsync).Validate<CreateReminderRequest>().WithName("CreateReminder")
            .WithSummary("Add a reminder for a vehicle or the company, due on a date and/or at a mileage");
        writes.MapPut("/{reminderId:guid}", UpdateAsync).Validate<UpdateReminderRequest>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("UpdateReminder").WithSummary("Replace a reminder's fields (409 when the version is stale)");
        writes.MapPost("/{reminderId:guid}/complete", CompleteAsync).Validate<CompleteReminderRequest>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("CompleteReminder").WithSummary("Mark the work done: a recurring reminder rolls forward to its next due date or mileage, a one-off one becomes done");
        writes.MapDelete("/{reminderId:guid}", DeleteAsync).Validate<DeleteReminderQuery>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("DeleteReminder").WithSummary("Delete a reminder: it stops moving at once; its row stays for the audit log");

        endpoints.MapPost("/api/vehicles/{vehicleId:guid}/reminders/defaults", AddDefaultsAsync).Validate<DefaultRemindersRequest>()
            .RequireAuthorization(Policies.FleetManager).WithTags("Reminders").WithName("AddDefaultReminders")
            .WithSummary("Add a vehicle's default reminders (MOT, safety inspection, tax, insurance, and tachograph for HGVs and PSVs); types it already has open are skipped");
        return endpoints;
    }

    private static async Task<Ok<Page<ReminderResponse>>> ListAsync(
        [AsParameters] ReminderListQuery query, ClaimsPrincipal principal, PostgresReminderStore store, CancellationToken cancellationToken)
    {
        Cursors.TryDecode<ReminderCursor>(query.Cursor, out var after);
        var filter = new ReminderListFilter(VehicleId: query.VehicleId, Type: query.Type, Status: query.Status, DueBefore: query.DueBefore,
            After: after, Limit: query.Limit ?? Cursors.DefaultLimit);
        var page = await store.ListAsync(principal.GetCompanyId(), filter, cancellationToken);
        return TypedResults.Ok(Pages.Of(page.Items.Select(ReminderResponse.From), page.Next));
    }

    private static async Task<Results<Ok<ReminderResponse>, NotFound>> GetAsync(
        Guid reminderId, ClaimsPrincipal principal, PostgresReminderStore store, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(principal.GetCompanyId(), reminderId, cancellationToken) is not { } record) return TypedResults.NotFound();
        return Respond(record, response);
    }

    private static async Task<Results<Created<ReminderResponse>, ValidationProblem>> CreateAsync(
        CreateReminderRequest request, HttpContext context, PostgresReminderStore store, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var actor = context.AuditActor();
        var (status, created) = await store.CreateAsync(actor, [Details(request)], cancellationToken);
        if (status == ReminderWriteStatus.VehicleNotFound) return NoSuchVehicle();
        var record = await RefreshedAsync(grains, store, created[0], cancellationToken);
        context.Response.Headers.ETag = VersionETag.Of(record.Version);
        return TypedResults.Created($"/api/reminders/{record.Id}", ReminderResponse.From(record));
    }

    private static async Task<Results<Ok<ReminderResponse>, NotFound, ProblemHttpResult, ValidationProblem>> UpdateAsync(
        Guid reminderId, UpdateReminderRequest request, HttpContext context, PostgresReminderStore store, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var result = await store.UpdateAsync(context.AuditActor(), reminderId, request.Version!.Value, Details(request), cancellationToken);
        return await WrittenAsync(result, context, store, grains, cancellationToken);
    }

    private static async Task<Results<Ok<ReminderResponse>, NotFound, ProblemHttpResult, ValidationProblem>> CompleteAsync(
        Guid reminderId, CompleteReminderRequest request, HttpContext context, PostgresReminderStore store, IGrainFactory grains, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var result = await store.CompleteAsync(context.AuditActor(), reminderId, request.Version!.Value, time.GetUtcNow(), cancellationToken);
        return await WrittenAsync(result, context, store, grains, cancellationToken);
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(
        Guid reminderId, [AsParameters] DeleteReminderQuery query, HttpContext context, PostgresReminderStore store, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var result = await store.DeleteAsync(context.AuditActor(), reminderId, query.Version!.Value, cancellationToken);
        switch (result.Status)
        {
            case ReminderWriteStatus.NotFound:
                return TypedResults.NotFound();
            case ReminderWriteStatus.VersionConflict:
                return Stale(result.Record!, context.Response);
        }
        await grains.GetGrain<ICompanyRemindersGrain>(result.Record!.CompanyId).RefreshAsync();
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<ReminderResponse[]>, NotFound, ValidationProblem>> AddDefaultsAsync(
        Guid vehicleId, DefaultRemindersRequest request, HttpContext context, PostgresVehicleStore vehicles, PostgresReminderStore store,
        IGrainFactory grains, CompanyTimeZoneCache zones, TimeProvider time, CancellationToken cancellationToken)
    {
        var companyId = context.User.GetCompanyId();
        if (await vehicles.FindAsync(companyId, vehicleId, cancellationToken) is not { } vehicle || vehicle.Details.Status == VehicleRecordStatuses.Retired)
            return TypedResults.NotFound();
        // The company's own date: due dates are its local days (ReminderSchedule), so "today" must be too.
        var today = LocalDays.DayOf(time.GetUtcNow(), await zones.ForCompanyAsync(companyId, cancellationToken));
        var weeks = request.SafetyInspectionWeeks ?? DefaultInspectionWeeks;
        if (vehicle.Details.Year is { } year && today.Year - year > OldVehicleYears && weeks > OldVehicleMaxInspectionWeeks)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["safetyInspectionWeeks"] = [$"A vehicle over {OldVehicleYears} years old is inspected at least every {OldVehicleMaxInspectionWeeks} weeks."],
            });
        }
        var dates = new DefaultReminderDates(request.RegistrationDate!.Value, weeks, request.TaxDueDate, request.InsuranceDueDate, request.TachographDueDate);
        var open = await store.OpenTypesAsync(companyId, vehicleId, cancellationToken);
        var missing = DefaultReminders.For(vehicleId, vehicle.Details.Type, dates, today).Where(d => !open.Contains(d.Type)).ToArray();
        if (missing.Length == 0) return TypedResults.Ok(Array.Empty<ReminderResponse>());
        var (status, created) = await store.CreateAsync(context.AuditActor(), missing, cancellationToken);
        if (status == ReminderWriteStatus.VehicleNotFound) return TypedResults.NotFound();
        await grains.GetGrain<ICompanyRemindersGrain>(companyId).RefreshAsync();
        var responses = new List<ReminderResponse>();
        foreach (var reminder in created)
            responses.Add(ReminderResponse.From(await store.FindAsync(companyId, reminder.Id, cancellationToken) ?? reminder));
        return TypedResults.Ok(responses.ToArray());
    }

    private static async Task<Results<Ok<ReminderResponse>, NotFound, ProblemHttpResult, ValidationProblem>> WrittenAsync(
        ReminderWriteResult result, HttpContext context, PostgresReminderStore store, IGrainFactory grains, CancellationToken cancellationToken)
    {
        switch (result.Status)
        {
            case ReminderWriteStatus.NotFound:
                return TypedResults.NotFound();
            case ReminderWriteStatus.VersionConflict:
                return Stale(result.Record!, context.Response);
            case ReminderWriteStatus.VehicleNotFound:
                return NoSuchVehicle();
            case ReminderWriteStatus.Written:
                return Respond(await RefreshedAsync(grains, store, result.Record!, cancellationToken), context.Response);
        }
        return Respond(result.Record!, context.Response);
    }

    /// <summary>The reminder after its company's grain has looked at it, so a write answers with the status it has now.</summary>
    private static async Task<ReminderRecord> RefreshedAsync(IGrainFactory grains, PostgresReminderStore store, ReminderRecord written, CancellationToken cancellationToken)
    {
        await grains.GetGrain<ICompanyRemindersGrain>(written.CompanyId).RefreshAsync();
        return await store.FindAsync(written.CompanyId, written.Id, cancellationToken) ?? written;
    }

    private static ReminderDetails Details(IReminderFields request) => new(
        VehicleId: request.VehicleId,
        Type: request.Type!,
        Title: request.Title?.Trim() ?? ReminderTypes.Label(request.Type!),
        Notes: string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim(),
        DueDate: request.DueDate,
        DueMileageKm: request.DueMileageKm,
        Recurrence: new ReminderRecurrence(Months: request.RecurMonths, Weeks: request.RecurWeeks, Km: request.RecurKm));

    private static ValidationProblem NoSuchVehicle() => TypedResults.ValidationProblem(new Dictionary<string, string[]>
    {
        ["vehicleId"] = ["No vehicle of your company in service has this id."],
    });

    private static Ok<ReminderResponse> Respond(ReminderRecord record, HttpResponse response)
    {
        response.Headers.ETag = VersionETag.Of(record.Version);
        return TypedResults.Ok(ReminderResponse.From(record));
    }

    /// <summary>The write was based on an older version: the client re-reads (the current version is in the body and ETag) and retries.</summary>
    private static ProblemHttpResult Stale(ReminderRecord current, HttpResponse response) =>
        ConflictProblems.Stale(current.Version, "The reminder was changed by someone else since you read it.", response);
}
