using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TitanFleet.Api.Audit;
using TitanFleet.Api.Auth;
using TitanFleet.Api.Problems;
using TitanFleet.Api.Validation;
using TitanFleet.Grains.Checks;

namespace TitanFleet.Api.CheckItems;

/// <summary>
/// The walkaround item lists per vehicle type: the built-in DVSA lists extended by the company's own
/// items. Every signed-in person reads them (a driver's app renders the check from them); managers
/// and admins add items.
/// </summary>
public static class CheckItemsEndpoints
{
    public static IEndpointRouteBuilder MapCheckItemsApi(this IEndpointRouteBuilder endpoints)
    {
        var items = endpoints.MapGroup("/api/check-items").WithTags("Checks");
        var reads = items.MapGroup("").RequireAuthorization(Policies.SignedInUser);
        var writes = items.MapGroup("").RequireAuthorization(Policies.FleetManager);

        reads.MapGet("/", ListAsync).Validate<CheckItemListQuery>().WithName("ListCheckItems")
            .WithSummary("A vehicle type's walkaround list, built-in items first, then the company's");
        writes.MapPost("/", CreateAsync).Validate<CreateCheckItemRequest>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("CreateCheckItem").WithSummary("Add a company item to a vehicle type's list (409 when the list already has the code)");
        return endpoints;
    }

    private static async Task<Ok<CheckItemListResponse>> ListAsync(
        [AsParameters] CheckItemListQuery query, ClaimsPrincipal principal, PostgresCheckItemStore store, CancellationToken cancellationToken)
    {
        var items = await store.ListAsync(principal.GetCompanyId(), query.VehicleType!, cancellationToken);
        return TypedResults.Ok(new CheckItemListResponse(query.VehicleType!, [.. items.Select(CheckItemResponse.From)]));
    }

    private static async Task<Results<Created<CheckItemResponse>, ProblemHttpResult, ValidationProblem>> CreateAsync(
        CreateCheckItemRequest request, HttpContext context, PostgresCheckItemStore store, CancellationToken cancellationToken)
    {
        var item = new CheckItem(
            VehicleType: request.VehicleType!, Code: request.Code!, Label: request.Label!.Trim(), Category: request.Category!.Trim(),
            DefaultSeverity: request.DefaultSeverity!, BuiltIn: false);
        var result = await store.CreateAsync(context.AuditActor(), item, cancellationToken);
        if (result.Status == CheckItemWriteStatus.DuplicateCode)
            return ConflictProblems.Conflict("code", "This vehicle type's check list already has an item with this code.");
        return TypedResults.Created($"/api/check-items?vehicleType={item.VehicleType}", CheckItemResponse.From(result.Item!));
    }
}
