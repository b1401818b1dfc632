using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TitanFleet.Api.Auth;
using TitanFleet.Grains.Dashboard;

namespace TitanFleet.Api.Dashboard;

/// <summary>
/// The page header's figures, served from the company's live stats grain (no report query per request).
/// The page reads them on every (re)connect; after that the grain pushes each change over the hub (<c>StatsChanged</c>).
/// </summary>
public static class DashboardStatsEndpoints
{
    public static IEndpointRouteBuilder MapDashboardStatsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/dashboard/stats", GetAsync).RequireAuthorization(Policies.FleetViewer).WithTags("Dashboard")
            .WithName("GetDashboardStats").WithSummary("Vehicles by status, open defects, reminders due soon or overdue, drivers on shift")
            .WithDescription("Retired vehicles are not counted. Drivers on shift are those whose shift start the service has seen and whose end it has not.");
        return endpoints;
    }

    private static async Task<Ok<DashboardStats>> GetAsync(ClaimsPrincipal principal, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<ICompanyStatsGrain>(principal.GetCompanyId()).GetAsync());
}
