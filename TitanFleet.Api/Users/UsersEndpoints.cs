using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TitanFleet.Api.Audit;
using TitanFleet.Api.Auth;
using TitanFleet.Api.Paging;
using TitanFleet.Api.Problems;
using TitanFleet.Api.Validation;
using TitanFleet.Grains.Caching;
using TitanFleet.Grains.Notifications;
using TitanFleet.Grains.Users;

namespace TitanFleet.Api.Users;

/// <summary>
/// The company's users and drivers' profiles. Reads: admins and managers (anyone reads themself at
/// /me); user writes: admins; driver profiles: admins and managers. Another company's user answers
/// exactly like a missing one. Deactivation, a role change and a password change end the user's sessions.
/// </summary>
public static class UsersEndpoints
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder endpoints)
    {
        var users = endpoints.MapGroup("/api/users").WithTags("Users");
        var reads = users.MapGroup("").RequireAuthorization(Policies.FleetManager);
        var writes = users.MapGroup("").RequireAuthorization(Policies.UserAdmin);
        var profiles = users.MapGroup("").RequireAuthorization(Policies.FleetManager);

        reads.MapGet("/", ListAsync).Validate<UserListQuery>().WithName("ListUsers").WithSummary("The company's users, a page at a time, by email (drivers with their driver profile)");
        users.MapGet("/me", GetSelfAsync).RequireAuthorization(Policies.SignedInUser).WithName("GetOwnUser")
            .WithSummary("The signed-in user's own record, with their driver profile if they drive");
        reads.MapGet("/{userId:guid}", GetAsync).WithName("GetUser").WithSummary("One user, with their driver profile if they drive (ETag: its version)");
        writes.MapPost("/", CreateAsync).Validate<CreateUserRequest>().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithName("CreateUser").WithSummary("Add a user with a password or a one-time set-up token (409 when the email or username is taken)");
        writes.MapPut("/{userId:guid}", UpdateAsync).Validate<UpdateUserRequest>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("UpdateUser").WithSummary("Replace a user's details, role and active flag (409 when stale, taken, or it would leave no admin)");
        writes.MapDelete("/{userId:guid}", DeactivateAsync).Validate<DeactivateUserQuery>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("DeactivateUser").WithSummary("Deactivate a user: they can no longer sign in; history kept (409 when it would leave no admin)");
        writes.MapPost("/{userId:guid}/setup-link", IssueSetupLinkAsync).WithName("IssueUserSetupLink")
            .WithSummary("A new one-time set-up token for the user (a password reset); earlier tokens stop working");
        users.MapPost("/setup-password", SetPasswordAsync).Validate<SetPasswordRequest>().AllowAnonymous()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable).WithName("SetPasswordWithSetupLink")
            .WithSummary("Choose a password with a one-time set-up token (400 when the token is unknown, used or expired)");
        profiles.MapPut("/{userId:guid}/driver-profile", SaveDriverProfileAsync).Validate<DriverProfileRequest>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("SaveDriverProfile").WithSummary("Create or replace a driver's licence and CPC details (409 when stale or the user is not a driver)");
        return endpoints;
    }

    private static async Task<Ok<Page<UserResponse>>> ListAsync(
        [AsParameters] UserListQuery query, ClaimsPrincipal principal, PostgresUserRecordStore store, PostgresDriverProfileStore profiles, CancellationToken cancellationToken)
    {
        Cursors.TryDecode<UserCursor>(query.Cursor, out var after);
        var companyId = principal.GetCompanyId();
        var page = await store.ListAsync(companyId, new UserListFilter(query.Role, query.Active, after, query.Limit ?? Cursors.DefaultLimit), cancellationToken);
        // One query for the page's drivers, so the list can show licences and CPCs running out.
        var drivers = await profiles.FindManyAsync(companyId, [.. page.Items.Where(r => r.Details.Role == Roles.Driver).Select(r => r.Id)], cancellationToken);
        return TypedResults.Ok(Pages.Of(page.Items.Select(record => UserResponse.From(record, drivers.GetValueOrDefault(record.Id))), page.Next));
    }

    private static Task<Results<Ok<UserResponse>, NotFound>> GetSelfAsync(
        ClaimsPrincipal principal, PostgresUserRecordStore store, PostgresDriverProfileStore profiles, HttpResponse response, CancellationToken cancellationToken) =>
        GetAsync(principal.GetSubjectId(), principal, store, profiles, response, cancellationToken);

    private static async Task<Results<Ok<UserResponse>, NotFound>> GetAsync(
        Guid userId, ClaimsPrincipal principal, PostgresUserRecordStore store, PostgresDriverProfileStore profiles, HttpResponse response, CancellationToken cancellationToken)
    {
        var companyId = principal.GetCompanyId();
        if (await store.FindAsync(companyId, userId, cancellationToken) is not { } record) return TypedResults.NotFound();
        var profile = record.Details.Role == Roles.Driver ? await profiles.FindAsync(companyId, userId, cancellationToken) : null;
        response.Headers.ETag = VersionETag.Of(record.Version);
        return TypedResults.Ok(UserResponse.From(record, profile));
    }

    private static async Task<Results<Created<UserCreatedResponse>, ProblemHttpResult, ValidationProblem>> CreateAsync(
        CreateUserRequest request, HttpContext context, PostgresUserRecordStore store, IPasswordHasher<UserAccount> hasher,
        IOptions<UserSetupOptions> setup, PasswordHashingSlots slots, TimeProvider time, ClusterCacheInvalidator invalidator,
        CancellationToken cancellationToken)
    {
        var userId = Guid.NewGuid();
        var details = Details(request, request.Active ?? true);
        string? token = null;
        UserCredential credential;
        if (request.Password is { } password)
        {
            using var slot = await slots.AcquireAsync(cancellationToken);
            if (!slot.IsAcquired) return PasswordHashingSlots.Busy(context);
            credential = UserCredential.Password(hasher.HashPassword(Account(userId, details), password));
        }
        else
        {
            token = SetupTokens.New();
            credential = UserCredential.SetupToken(SetupTokens.Hash(token), time.GetUtcNow() + setup.Value.SetupLinkLifetime);
        }

        var result = await store.CreateAsync(context.AuditActor(), userId, details, credential, cancellationToken);
        if (result.Status == UserWriteStatus.Duplicate) return Duplicate(result.DuplicateField!);
        var record = result.Record!;
        await RecipientsChangedAsync(invalidator, record);
        context.Response.Headers.ETag = VersionETag.Of(record.Version);
        var link = token is null ? null : new SetupLinkResponse(token, credential.SetupTokenExpiresAt!.Value);
        return TypedResults.Created($"/api/users/{record.Id}", new UserCreatedResponse(UserResponse.From(record), link));
    }

    private static async Task<Results<Ok<UserResponse>, NotFound, ProblemHttpResult, ValidationProblem>> UpdateAsync(
        Guid userId, UpdateUserRequest request, HttpContext context, PostgresUserRecordStore store, UserSessions sessions,
        ClusterCacheInvalidator invalidator, CancellationToken cancellationToken)
    {
        var result = await store.UpdateAsync(context.AuditActor(), userId, request.Version!.Value, Details(request, request.Active!.Value), cancellationToken);
        if (result.Status == UserWriteStatus.NotFound) return TypedResults.NotFound();
        if (Refusal(result, context.Response, lastAdminField: request.Active!.Value ? "role" : "active") is { } refused) return refused;
        if (result.ReducedAccess) await sessions.EndAllAsync(userId);
        await RecipientsChangedAsync(invalidator, result.Record!);
        context.Response.Headers.ETag = VersionETag.Of(result.Record!.Version);
        return TypedResults.Ok(UserResponse.From(result.Record));
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult, ValidationProblem>> DeactivateAsync(
        Guid userId, [AsParameters] DeactivateUserQuery query, HttpContext context, PostgresUserRecordStore store, UserSessions sessions,
        ClusterCacheInvalidator invalidator, CancellationToken cancellationToken)
    {
        var result = await store.DeactivateAsync(context.AuditActor(), userId, query.Version!.Value, cancellationToken);
        if (result.Status == UserWriteStatus.NotFound) return TypedResults.NotFound();
        if (Refusal(result, context.Response, lastAdminField: "active") is { } refused) return refused;
        if (result.ReducedAccess) await sessions.EndAllAsync(userId);
        await invalidator.InvalidateAsync(NotificationRecipients.CacheRegion, context.User.GetCompanyId());
        return TypedResults.NoContent();
    }

    /// <summary>Who a notification reaches follows users' roles and active flags: every silo reloads the company before the response.</summary>
    private static Task RecipientsChangedAsync(ClusterCacheInvalidator invalidator, UserRecord record) =>
        invalidator.InvalidateAsync(NotificationRecipients.CacheRegion, record.CompanyId);

    /// <summary>The 409 for a write the store refused; null when it was written or unchanged.</summary>
    private static ProblemHttpResult? Refusal(UserWriteResult result, HttpResponse response, string lastAdminField)
    {
        switch (result.Status)
        {
            case UserWriteStatus.VersionConflict:
                return ConflictProblems.Stale(result.Record!.Version, "The user was changed by someone else since you read it.", response);
            case UserWriteStatus.Duplicate:
                return Duplicate(result.DuplicateField!);
            case UserWriteStatus.LastAdmin:
                return ConflictProblems.Conflict(lastAdminField, "The company must keep at least one active admin.");
            default:
                return null;
        }
    }

    private static async Task<Results<Ok<SetupLinkResponse>, NotFound>> IssueSetupLinkAsync(
        Guid userId, HttpContext context, PostgresUserSetupStore setups, IOptions<UserSetupOptions> setup, TimeProvider time, CancellationToken cancellationToken)
    {
        var token = SetupTokens.New();
        var expiresAt = time.GetUtcNow() + setup.Value.SetupLinkLifetime;
        var result = await setups.IssueSetupTokenAsync(context.AuditActor(), userId, SetupTokens.Hash(token), expiresAt, cancellationToken);
        return result.Status == UserWriteStatus.NotFound ? TypedResults.NotFound() : TypedResults.Ok(new SetupLinkResponse(token, expiresAt));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> SetPasswordAsync(
        SetPasswordRequest request, HttpContext context, PostgresUserSetupStore setups, IPasswordHasher<UserAccount> hasher,
        PasswordHashingSlots slots, UserSessions sessions, CancellationToken cancellationToken)
    {
        string hash;
        using (var slot = await slots.AcquireAsync(cancellationToken))
        {
            if (!slot.IsAcquired) return PasswordHashingSlots.Busy(context);
            hash = hasher.HashPassword(Account(Guid.Empty, null), request.Password!);
        }
        var record = await setups.SetPasswordWithTokenAsync(
            SetupTokens.Hash(request.Token!), hash, holder => context.AuditActor(holder.CompanyId, holder.Id), cancellationToken);
        if (record is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["token"] = ["The set-up token is unknown, already used or expired."] });
        await sessions.EndAllAsync(record.Id);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<DriverProfileResponse>, NotFound, ProblemHttpResult, ValidationProblem>> SaveDriverProfileAsync(
        Guid userId, DriverProfileRequest request, HttpContext context, PostgresDriverProfileStore profiles, HttpResponse response, CancellationToken cancellationToken)
    {
        var profile = new DriverProfile(
            LicenceNumber: DrivingLicence.Normalise(request.LicenceNumber!),
            LicenceCategories: [.. request.LicenceCategories!.Select(c => c.ToUpperInvariant())],
            LicenceExpiry: request.LicenceExpiry!.Value,
            CpcExpiry: request.CpcExpiry);
        var result = await profiles.SaveAsync(context.AuditActor(), userId, request.Version, profile, cancellationToken);
        switch (result.Status)
        {
            case UserWriteStatus.NotFound:
                return TypedResults.NotFound();
            case UserWriteStatus.NotDriver:
                return ConflictProblems.Conflict("role", "Only drivers have a driver profile.");
            case UserWriteStatus.VersionConflict:
                return ConflictProblems.Conflict("version", "The driver profile was changed by someone else since you read it.",
                    new Dictionary<string, object?> { ["currentVersion"] = result.Record?.Version });
        }
        response.Headers.ETag = VersionETag.Of(result.Record!.Version);
        return TypedResults.Ok(DriverProfileResponse.From(result.Record));
    }

    private static UserDetails Details(IUserFields request, bool active) => new(
        Email: request.Email!.Trim().ToLowerInvariant(),
        FullName: request.FullName!.Trim(),
        Username: string.IsNullOrWhiteSpace(request.Username) ? null : request.Username,
        Phone: string.IsNullOrWhiteSpace(request.Phone) ? null : request.Phone.Trim(),
        Role: request.Role!,
        Active: active);

    /// <summary>The hasher's user argument: Identity's default hasher ignores it.</summary>
    private static UserAccount Account(Guid userId, UserDetails? details) =>
        new(userId, Guid.Empty, "", details?.Email ?? "", details?.FullName ?? "", details?.Role ?? "", "");

    private static ProblemHttpResult Duplicate(string field) => ConflictProblems.Conflict(field, $"Another user already has this {field}.");
}
