using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TitanFleet.Api.Auth;
using TitanFleet.Api.Shifts;
using TitanFleet.Grains.Drivers;
using TitanFleet.Grains.Events;
using TitanFleet.Grains.Telemetry;

namespace TitanFleet.Api.Locations;

/// <summary>Position ingestion for driver apps. A 200 means every position is committed in location history.</summary>
public static class LocationsEndpoints
{
    public static IEndpointRouteBuilder MapLocationsApi(this IEndpointRouteBuilder endpoints, IngestionOptions limits)
    {
        var locations = endpoints.MapGroup("/api/locations").WithTags("Locations").RequireAuthorization(Policies.PositionWriter)
            .ProducesProblem(StatusCodes.Status429TooManyRequests).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        locations.MapPost("/", PostOneAsync).WithName("PostLocation")
            .WithSummary("Record one position (device token or signed-in user)")
            .WithMetadata(new RequestSizeLimitAttribute(limits.MaxSingleBodyBytes));
        locations.MapPost("/batch", PostBatchAsync).WithName("PostLocationBatch")
            .WithSummary("Record up to 1,000 positions at once; all-or-nothing")
            .WithMetadata(new RequestSizeLimitAttribute(limits.MaxBatchBodyBytes));
        return endpoints;
    }

    private static Task<Results<Ok<IngestResult>, ValidationProblem, ProblemHttpResult>> PostOneAsync(
        PositionInput position, HttpContext context, PositionIngestion ingestion, LocationIngestor ingestor, DeviceFixRateLimiter rateLimiter,
        IGrainFactory grains, CancellationToken cancellationToken) =>
        IngestAsync([position], indexed: false, context, ingestion, ingestor, rateLimiter, grains, cancellationToken);

    private static Task<Results<Ok<IngestResult>, ValidationProblem, ProblemHttpResult>> PostBatchAsync(
        PositionBatchInput batch, HttpContext context, PositionIngestion ingestion, LocationIngestor ingestor, DeviceFixRateLimiter rateLimiter,
        IGrainFactory grains, CancellationToken cancellationToken)
    {
        if (batch.Positions is not { Length: > 0 } positions)
            return Task.FromResult<Results<Ok<IngestResult>, ValidationProblem, ProblemHttpResult>>(
                TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["positions"] = ["At least one position is required."] }));
        if (positions.Length > ingestion.Options.MaxBatchSize)
            return Task.FromResult<Results<Ok<IngestResult>, ValidationProblem, ProblemHttpResult>>(
                TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["positions"] = [$"At most {ingestion.Options.MaxBatchSize} positions per batch."] }));
        return IngestAsync(positions, indexed: true, context, ingestion, ingestor, rateLimiter, grains, cancellationToken);
    }

    private static async Task<Results<Ok<IngestResult>, ValidationProblem, ProblemHttpResult>> IngestAsync(
        PositionInput[] inputs, bool indexed, HttpContext context, PositionIngestion ingestion, LocationIngestor ingestor, DeviceFixRateLimiter rateLimiter,
        IGrainFactory grains, CancellationToken cancellationToken)
    {
        var author = PositionAuthor.From(context.User);
        using (var lease = rateLimiter.Acquire(author.SourceId))
        {
            if (!lease.IsAcquired) return IngestionProblems.TooManyRequests(context, lease, "This device is sending faster than its allowed fix rate. Nothing was stored.");
        }
        var (reports, errors) = await ingestion.PrepareAsync(inputs, author, indexed, cancellationToken);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        // Only drivers are held to their shift's vehicle, so devices (the hot path) never make this grain call.
        if (context.User.IsInRole(Roles.Driver) && await RefuseOutsideShiftAsync(reports, indexed, context.User, grains) is { } refusal) return refusal;
        try
        {
            await ingestor.IngestAsync(reports, cancellationToken);
        }
        catch (FixConflictException)
        {
            return IngestionProblems.FixConflict();
        }
        catch (EventQueueFullException)
        {
            return IngestionProblems.EventsBehind(context);
        }
        catch (PositionRefusedException refused)
        {
            // Only a fix right at the age limit, a millisecond older by the time it is checked again.
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [indexed ? "positions" : "timestamp"] = [refused.Message] });
        }
        return TypedResults.Ok(new IngestResult(reports.Length));
    }

    /// <summary>A signed-in driver posts for the vehicle of their shift only, and not at all off duty.</summary>
    private static async Task<ProblemHttpResult?> RefuseOutsideShiftAsync(PositionReport[] reports, bool indexed, ClaimsPrincipal driver, IGrainFactory grains)
    {
        var shiftVehicle = await grains.GetGrain<IDriverGrain>(driver.GetSubjectId()).GetShiftVehicleAsync();
        for (var i = 0; i < reports.Length; i++)
        {
            var field = indexed ? $"positions[{i}].vehicleId" : "vehicleId";
            if (shiftVehicle is null) return ShiftProblems.Forbidden(field, "You are not on shift: start a shift first.");
            if (reports[i].VehicleId != shiftVehicle) return ShiftProblems.Forbidden(field, "You may post positions only for the vehicle of your shift.");
        }
        return null;
    }
}
