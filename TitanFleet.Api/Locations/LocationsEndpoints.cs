using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TitanFleet.Api.Auth;
using TitanFleet.Grains.Telemetry;

namespace TitanFleet.Api.Locations;

/// <summary>Position ingestion for driver apps. A 200 means every position is committed in location history.</summary>
public static class LocationsEndpoints
{
    public static IEndpointRouteBuilder MapLocationsApi(this IEndpointRouteBuilder endpoints, IngestionOptions limits)
    {
        var locations = endpoints.MapGroup("/api/locations").WithTags("Locations").RequireAuthorization(Policies.PositionWriter);
        locations.MapPost("/", PostOneAsync).WithName("PostLocation")
            .WithSummary("Record one position (device token or signed-in user)")
            .WithMetadata(new RequestSizeLimitAttribute(limits.MaxSingleBodyBytes));
        locations.MapPost("/batch", PostBatchAsync).WithName("PostLocationBatch")
            .WithSummary("Record up to 1,000 positions at once; all-or-nothing")
            .WithMetadata(new RequestSizeLimitAttribute(limits.MaxBatchBodyBytes));
        return endpoints;
    }

    private static Task<Results<Ok<IngestResult>, ValidationProblem>> PostOneAsync(
        PositionInput position, ClaimsPrincipal principal, PositionIngestion ingestion, LocationIngestor ingestor, CancellationToken cancellationToken) =>
        IngestAsync([position], indexed: false, principal, ingestion, ingestor, cancellationToken);

    private static Task<Results<Ok<IngestResult>, ValidationProblem>> PostBatchAsync(
        PositionBatchInput batch, ClaimsPrincipal principal, PositionIngestion ingestion, LocationIngestor ingestor, CancellationToken cancellationToken)
    {
        if (batch.Positions is not { Length: > 0 } positions)
            return Task.FromResult<Results<Ok<IngestResult>, ValidationProblem>>(
                TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["positions"] = ["At least one position is required."] }));
        if (positions.Length > ingestion.Options.MaxBatchSize)
            return Task.FromResult<Results<Ok<IngestResult>, ValidationProblem>>(
                TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["positions"] = [$"At most {ingestion.Options.MaxBatchSize} positions per batch."] }));
        return IngestAsync(positions, indexed: true, principal, ingestion, ingestor, cancellationToken);
    }

    private static async Task<Results<Ok<IngestResult>, ValidationProblem>> IngestAsync(
        PositionInput[] inputs, bool indexed, ClaimsPrincipal principal, PositionIngestion ingestion, LocationIngestor ingestor, CancellationToken cancellationToken)
    {
        var (reports, errors) = await ingestion.PrepareAsync(inputs, PositionAuthor.From(principal), indexed, cancellationToken);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        await ingestor.IngestAsync(reports, cancellationToken);
        return TypedResults.Ok(new IngestResult(reports.Length));
    }
}
