using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TitanFleet.Api.Audit;
using TitanFleet.Api.Auth;
using TitanFleet.Api.Problems;
using TitanFleet.Api.Validation;
using TitanFleet.Grains.Caching;
using TitanFleet.Grains.Notifications;

namespace TitanFleet.Api.Notifications;

/// <summary>
/// Which fleet events notify whom, a part of the company's settings: every user of the company reads
/// it, admins change it. Like <c>/api/company</c>, no route names a company.
/// </summary>
public static class NotificationSettingsEndpoints
{
    public static IEndpointRouteBuilder MapNotificationSettingsApi(this IEndpointRouteBuilder endpoints)
    {
        var settings = endpoints.MapGroup("/api/company/notification-settings").WithTags("Company");
        settings.MapGet("/", GetAsync).RequireAuthorization(Policies.SignedInUser)
            .WithName("GetNotificationSettings").WithSummary("Which events notify which roles in your company (ETag: its version)");
        settings.MapPut("/", UpdateAsync).RequireAuthorization(Policies.UserAdmin).Validate<UpdateNotificationSettingsRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("UpdateNotificationSettings").WithSummary("Replace your company's notification rules (admins; 409 when the version is stale)");
        return endpoints;
    }

    private static async Task<Ok<NotificationSettingsResponse>> GetAsync(
        ClaimsPrincipal principal, PostgresNotificationSettingsStore store, HttpResponse response, CancellationToken cancellationToken) =>
        Respond(await store.FindAsync(principal.GetCompanyId(), cancellationToken), response);

    private static async Task<Results<Ok<NotificationSettingsResponse>, ProblemHttpResult, ValidationProblem>> UpdateAsync(
        UpdateNotificationSettingsRequest request, HttpContext context, PostgresNotificationSettingsStore store,
        ClusterCacheInvalidator invalidator, CancellationToken cancellationToken)
    {
        var result = await store.UpdateAsync(context.AuditActor(), request.Version!.Value, UpdateNotificationSettingsRequestValidator.ToRules(request), cancellationToken);
        if (result.Status == NotificationSettingsWriteStatus.VersionConflict) return Stale(result.Record, context.Response);
        // Before the response: the next event on any silo already follows the new rules.
        if (result.Status == NotificationSettingsWriteStatus.Written) await invalidator.InvalidateAsync(NotificationRecipients.CacheRegion, result.Record.CompanyId);
        return Respond(result.Record, context.Response);
    }

    private static Ok<NotificationSettingsResponse> Respond(NotificationSettingsRecord record, HttpResponse response)
    {
        response.Headers.ETag = VersionETag.Of(record.Version);
        return TypedResults.Ok(NotificationSettingsResponse.From(record));
    }

    /// <summary>The update was based on an older version: the admin re-reads (the current version is in the body and ETag) and retries.</summary>
    private static ProblemHttpResult Stale(NotificationSettingsRecord current, HttpResponse response) =>
        ConflictProblems.Stale(current.Version, "The company's notification settings were changed by someone else since you read them.", response);
}
