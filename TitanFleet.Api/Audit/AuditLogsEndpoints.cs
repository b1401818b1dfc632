using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TitanFleet.Api.Auth;
using TitanFleet.Api.Paging;
using TitanFleet.Api.Validation;

namespace TitanFleet.Api.Audit;

/// <summary>The company's audit log, read-only: admins and managers.</summary>
public static class AuditLogsEndpoints
{
    public static IEndpointRouteBuilder MapAuditLogsApi(this IEndpointRouteBuilder endpoints)
    {
        var audit = endpoints.MapGroup("/api/audit-logs").WithTags("Audit log").RequireAuthorization(Policies.FleetManager);
        audit.MapGet("/", ListAsync).Validate<AuditLogQuery>().WithName("ListAuditLogs")
            .WithSummary("Who changed what and when, newest first, a page at a time");
        return endpoints;
    }

    private static async Task<Ok<Page<AuditLogEntryResponse>>> ListAsync(
        [AsParameters] AuditLogQuery query, ClaimsPrincipal principal, PostgresAuditLogReader reader, CancellationToken cancellationToken)
    {
        Cursors.TryDecode<AuditLogCursor>(query.Cursor, out var after);
        var (items, next) = await reader.ListAsync(principal.GetCompanyId(), query, after, query.Limit ?? Cursors.DefaultLimit, cancellationToken);
        return TypedResults.Ok(Pages.Of(items, next));
    }
}
