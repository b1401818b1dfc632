using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TitanFleet.Api.Audit;
using TitanFleet.Api.Auth;
using TitanFleet.Api.Problems;
using TitanFleet.Api.Validation;
using TitanFleet.Grains.Caching;
using TitanFleet.Grains.Company;

namespace TitanFleet.Api.Company;

/// <summary>
/// The signed-in user's own company: every user of the company reads its settings (the page takes
/// its display units from here), admins change them. There is no company id in the route, so no
/// caller can name another company.
/// </summary>
public static class CompanyEndpoints
{
    public static IEndpointRouteBuilder MapCompanyApi(this IEndpointRouteBuilder endpoints)
    {
        var company = endpoints.MapGroup("/api/company").WithTags("Company");
        company.MapGet("/", GetAsync).RequireAuthorization(Policies.SignedInUser)
            .WithName("GetCompany").WithSummary("Your company's settings (ETag: its version)");
        company.MapPut("/", UpdateAsync).RequireAuthorization(Policies.UserAdmin).Validate<UpdateCompanyRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("UpdateCompany").WithSummary("Replace your company's settings (admins; 409 when the version is stale)");
        return endpoints;
    }

    private static async Task<Results<Ok<CompanyResponse>, NotFound>> GetAsync(
        ClaimsPrincipal principal, PostgresCompanyStore store, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(principal.GetCompanyId(), cancellationToken) is not { } record) return TypedResults.NotFound();
        return Respond(record, response);
    }

    private static async Task<Results<Ok<CompanyResponse>, NotFound, ProblemHttpResult, ValidationProblem>> UpdateAsync(
        UpdateCompanyRequest request, HttpContext context, PostgresCompanyStore store, ClusterCacheInvalidator invalidator, CancellationToken cancellationToken)
    {
        UpdateCompanyRequestValidator.TryParseTime(request.WalkaroundCheckDueAt, out var walkaroundDue);
        var settings = new CompanySettings(
            Name: request.Name!.Trim(), TimeZone: request.TimeZone!, DisplayUnits: request.DisplayUnits!,
            SpeedLimitsKmh: request.SpeedLimitsKmh!, WalkaroundCheckDueAt: walkaroundDue,
            ReminderDueSoonDays: request.ReminderDueSoonDays!.Value, OsmAndEnabled: request.OsmAndEnabled!.Value,
            OverspeedMinDurationSeconds: request.OverspeedMinDurationSeconds);
        var result = await store.UpdateAsync(context.AuditActor(), request.Version!.Value, settings, cancellationToken);
        switch (result.Status)
        {
            case CompanyWriteStatus.NotFound:
                return TypedResults.NotFound();
            case CompanyWriteStatus.VersionConflict:
                return Stale(result.Record!, context.Response);
            case CompanyWriteStatus.Written:
                // Before the response: the admin who just switched OsmAnd off expects the next ping refused on every
                // silo, and a new overspeed duration to hold for the next fix.
                await invalidator.InvalidateAsync(PostgresCompanyStore.CacheRegion, result.Record!.Id);
                break;
        }
        return Respond(result.Record!, context.Response);
    }

    private static Ok<CompanyResponse> Respond(CompanyRecord record, HttpResponse response)
    {
        response.Headers.ETag = VersionETag.Of(record.Version);
        return TypedResults.Ok(CompanyResponse.From(record));
    }

    /// <summary>The update was based on an older version: the admin re-reads (the current version is in the body and ETag) and retries.</summary>
    private static ProblemHttpResult Stale(CompanyRecord current, HttpResponse response) =>
        ConflictProblems.Stale(current.Version, "The company's settings were changed by someone else since you read them.", response);
}
