using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TitanFleet.Api.Audit;
using TitanFleet.Api.Auth;
using TitanFleet.Api.Problems;
using TitanFleet.Api.Timesheets;
using TitanFleet.Api.Validation;
using TitanFleet.Grains.Drivers;
using TitanFleet.Grains.Shifts;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Api.Shifts;

/// <summary>
/// The caller's own shift: start one in a vehicle (checked, not off road, not in another driver's
/// shift unless handed over), post what they are doing, end it with the odometer (a timesheet
/// entry). Drivers, and managers and admins who take a vehicle out.
/// </summary>
public static class ShiftsEndpoints
{
    public static IEndpointRouteBuilder MapShiftsApi(this IEndpointRouteBuilder endpoints)
    {
        var shifts = endpoints.MapGroup("/api/shifts").WithTags("Shifts").RequireAuthorization(Policies.ShiftWorker);
        shifts.MapGet("/current", GetCurrentAsync).WithName("GetCurrentShift")
            .WithSummary("The caller's shift: off duty or on shift, the current activity and today's hours");
        shifts.MapPost("/", StartAsync).Validate<StartShiftRequest>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("StartShift")
            .WithSummary("Start a shift in a vehicle (409 when it is off road, unchecked, in another driver's shift without handover, or the caller is on shift)");
        shifts.MapPost("/current/activity", SetActivityAsync).Validate<ActivityRequest>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("SetShiftActivity").WithSummary("Post a break, other work, availability or driving (409 off duty)");
        shifts.MapPost("/current/end", EndAsync).Validate<EndShiftRequest>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("EndShift").WithSummary("End the shift with the odometer: answers its timesheet entry (409 off duty)");
        return endpoints;
    }

    private static async Task<Ok<ShiftResponse>> GetCurrentAsync(ClaimsPrincipal principal, IGrainFactory grains) =>
        TypedResults.Ok(ShiftResponse.From(await Driver(principal, grains).GetShiftAsync()));

    private static async Task<Results<Created<ShiftResponse>, NotFound, ProblemHttpResult, ValidationProblem>> StartAsync(
        StartShiftRequest request, HttpContext context, PostgresShiftFacts shiftFacts, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var vehicleId = request.VehicleId!.Value;
        var facts = await shiftFacts.ReadAsync(context.User.GetCompanyId(), context.User.GetSubjectId(), vehicleId, cancellationToken);
        if (facts.Vehicle is not { } vehicle || vehicle.Details.Status == VehicleRecordStatuses.Retired) return TypedResults.NotFound();
        if (facts.OpenDangerousDefects.Count > 0 || vehicle.Details.Status == VehicleRecordStatuses.Vor)
        {
            return ConflictProblems.Conflict("vehicleId", $"{vehicle.Details.Registration} is off the road until its dangerous defects are rectified.",
                new Dictionary<string, object?> { ["openDangerousDefects"] = facts.OpenDangerousDefects.Select(OpenDefectResponse.From).ToArray() });
        }
        if (facts.Check is not { } check)
        {
            return ConflictProblems.Conflict("check",
                $"{vehicle.Details.Registration} has no walkaround check of yours today, nor a recent one by another driver: submit a check first.");
        }

        var start = new ShiftStart(
            CompanyId: vehicle.CompanyId, DriverName: facts.DriverName, VehicleId: vehicleId, Registration: vehicle.Details.Registration,
            OdometerKm: request.OdometerKm ?? check.OdometerKm, Handover: request.Handover ?? false, Check: check, Actor: context.AuditActor());
        var result = await Driver(context.User, grains).StartShiftAsync(start);
        return result.Outcome switch
        {
            ShiftStartOutcome.AlreadyOnShift => ConflictProblems.Conflict("shift", $"You are already on shift in {result.Shift.Registration}: end that shift first."),
            ShiftStartOutcome.VehicleInUse => ConflictProblems.Conflict("vehicleId",
                $"{vehicle.Details.Registration} is in {result.OtherDriverName}'s shift: ask for a handover to take it."),
            _ => TypedResults.Created("/api/shifts/current", ShiftResponse.From(result.Shift)),
        };
    }

    private static async Task<Results<Ok<ShiftResponse>, ProblemHttpResult, ValidationProblem>> SetActivityAsync(
        ActivityRequest request, ClaimsPrincipal principal, IGrainFactory grains)
    {
        var view = await Driver(principal, grains).SetActivityAsync(ShiftActivities.ByName[request.Activity!]);
        return view is null ? OffDuty() : TypedResults.Ok(ShiftResponse.From(view));
    }

    private static async Task<Results<Ok<TimesheetResponse>, ProblemHttpResult, ValidationProblem>> EndAsync(
        EndShiftRequest request, HttpContext context, IGrainFactory grains)
    {
        var result = await Driver(context.User, grains).EndShiftAsync(new ShiftEnd(request.OdometerKm!.Value, context.AuditActor()));
        return result.Outcome switch
        {
            ShiftEndOutcome.NotOnShift => OffDuty(),
            ShiftEndOutcome.OdometerBelowStart => TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["odometerKm"] = [$"'odometerKm' must be at least the shift's start reading, {result.StartOdometerKm} km."],
            }),
            _ => TypedResults.Ok(TimesheetResponse.From(result.Timesheet!)),
        };
    }

    private static IDriverGrain Driver(ClaimsPrincipal principal, IGrainFactory grains) => grains.GetGrain<IDriverGrain>(principal.GetSubjectId());

    private static ProblemHttpResult OffDuty() => ConflictProblems.Conflict("shift", "You are not on shift: start one first.");
}
