using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TitanFleet.Api.Auth;
using TitanFleet.Api.Paging;
using TitanFleet.Api.Validation;
using TitanFleet.Grains.Events;

namespace TitanFleet.Api.Events;

/// <summary>
/// The event history: every fleet event the dashboards were told of, as stored when it was published.
/// Admins, managers and mechanics read it (as they watch the live feed); only the caller's company's
/// events are ever listed. An item has the shape of the hub's <c>EventRaised</c> message, so the page
/// renders history and live events alike.
/// </summary>
public static class EventsEndpoints
{
    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder endpoints)
    {
        var events = endpoints.MapGroup("/api/events").WithTags("Events").RequireAuthorization(Policies.FleetViewer);
        events.MapGet("/", ListAsync).Validate<EventListQuery>().WithName("ListEvents")
            .WithSummary("What happened in the fleet, newest first, a page at a time")
            .WithDescription(
                "Filters: vehicleId, driverId, type (repeat it to match any of several), from (inclusive) and to (exclusive). "
                + $"Types: {string.Join(", ", FleetEventTypes.All)}. Each item's details carry the type's own facts as text "
                + "(e.g. severity of defectRaised). Events older than the retention period (Events__RetentionMonths) are gone.");
        return endpoints;
    }

    private static async Task<Ok<Page<FleetEvent>>> ListAsync(
        [AsParameters] EventListQuery query, ClaimsPrincipal principal, FleetEventHistory history, CancellationToken cancellationToken)
    {
        Cursors.TryDecode<FleetEventCursor>(query.Cursor, out var after);
        var filter = new FleetEventListFilter(
            VehicleId: query.VehicleId, DriverId: query.DriverId, Types: query.Type is { Length: > 0 } types ? [.. types.Distinct()] : null,
            From: query.From, To: query.To, After: after, Limit: query.Limit ?? Cursors.DefaultLimit);
        var page = await history.ListAsync(principal.GetCompanyId(), filter, cancellationToken);
        return TypedResults.Ok(Pages.Of(page.Items, page.Next));
    }
}
