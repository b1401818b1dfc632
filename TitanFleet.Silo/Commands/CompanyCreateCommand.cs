using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Npgsql;
using TitanFleet.Api.Auth;
using TitanFleet.Api.Company;
using TitanFleet.Api.Users;
using TitanFleet.Grains.Company;
using TitanFleet.Grains.Users;
using TitanFleet.Silo.Database;

namespace TitanFleet.Silo.Commands;

/// <summary>
/// <c>company create</c>: the only way a company comes to exist (there is no public sign-up). It
/// reads the silo's own configuration (appsettings, environment), migrates the database, then
/// writes the company, its first admin and their audit entries in one transaction, without starting
/// the silo. Exit codes: 0 created, 1 refused input, 2 usage.
/// </summary>
public static class CompanyCreateCommand
{
    /// <summary>What the audit log records as the request id of the operator's changes (they have no user id).</summary>
    public const string AuditRequestId = "operator:company-create";

    private const string Usage = """
        Usage: dotnet TitanFleet.Silo.dll company create --name "Company Ltd" --admin-email admin@example.com
                   [--admin-name "Full Name"] [--time-zone Europe/London] [--admin-password-stdin]
        """;

    private static readonly HashSet<string> Valued = ["--name", "--admin-email", "--admin-name", "--time-zone"];
    private static readonly HashSet<string> Flags = ["--admin-password-stdin"];

    /// <summary>Validation messages name the option the operator typed, not the request's property.</summary>
    private static readonly Dictionary<string, string> OptionOf = new(StringComparer.Ordinal)
    {
        [nameof(NewCompanyRequest.Name)] = "--name",
        [nameof(NewCompanyRequest.TimeZone)] = "--time-zone",
        [nameof(NewCompanyRequest.AdminEmail)] = "--admin-email",
        [nameof(NewCompanyRequest.AdminName)] = "--admin-name",
        [nameof(NewCompanyRequest.AdminPassword)] = "--admin-password-stdin",
    };

    public static bool Matches(string[] args) => args is ["company", ..];

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        if (args is not ["company", "create", .. var rest])
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }
        if (!CommandLine.TryParse(rest, Valued, Flags, out var line, out var problem))
        {
            await error.WriteLineAsync($"{problem}{Environment.NewLine}{Usage}");
            return 2;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        var configuration = builder.Configuration;
        var hasher = new PasswordHasher<UserAccount>();
        var identity = Microsoft.Extensions.Options.Options.Create(configuration.GetSection("Identity").Get<IdentityOptions>() ?? new IdentityOptions());
        var setup = configuration.GetSection(UserSetupOptions.Section).Get<UserSetupOptions>() ?? new UserSetupOptions();

        var email = line.Value("--admin-email");
        var request = new NewCompanyRequest(
            Name: line.Value("--name")?.Trim(),
            TimeZone: line.Value("--time-zone") ?? CompanyTimeZones.Default,
            AdminEmail: email?.Trim().ToLowerInvariant(),
            AdminName: line.Value("--admin-name")?.Trim() ?? email?.Trim(),
            AdminPassword: line.Has("--admin-password-stdin") ? (await input.ReadLineAsync())?.TrimEnd('\r') ?? "" : null);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : OptionOf.GetValueOrDefault(member.Name);
        var validation = await new NewCompanyRequestValidator(new PasswordRules(identity, hasher)).ValidateAsync(request);
        if (!validation.IsValid)
        {
            foreach (var failure in validation.Errors) await error.WriteLineAsync($"{OptionOf[failure.PropertyName]}: {failure.ErrorMessage}");
            return 1;
        }

        using var loggers = LoggerFactory.Create(logging => logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
        await DatabaseMigrator.MigrateAsync(PostgresConnectionString.BuildForMigrations(configuration), loggers.CreateLogger("TitanFleet.Startup"));

        var company = Guid.NewGuid();
        var admin = Guid.NewGuid();
        string? token = null;
        UserCredential credential;
        if (request.AdminPassword is { } password)
        {
            credential = UserCredential.Password(hasher.HashPassword(new UserAccount(Id: admin, CompanyId: company, CompanyName: request.Name!, Email: request.AdminEmail!, DisplayName: request.AdminName!, Role: Roles.Admin, PasswordHash: ""), password));
        }
        else
        {
            token = SetupTokens.New();
            credential = UserCredential.SetupToken(SetupTokens.Hash(token), DateTimeOffset.UtcNow + setup.SetupLinkLifetime);
        }

        await using var dataSource = NpgsqlDataSource.Create(PostgresConnectionString.Build(configuration));
        var result = await new PostgresCompanyStore(dataSource).CreateAsync(
            new NewCompany(company, request.Name!, request.TimeZone!, admin, request.AdminEmail!, request.AdminName!, credential), AuditRequestId, CancellationToken.None);
        if (result.Status == CompanyWriteStatus.DuplicateEmail)
        {
            await error.WriteLineAsync($"--admin-email: {request.AdminEmail} already belongs to a user (emails are unique across companies). Nothing was created.");
            return 1;
        }

        await output.WriteLineAsync($"company_id: {company}");
        await output.WriteLineAsync($"admin_user_id: {admin}");
        await output.WriteLineAsync($"admin_email: {request.AdminEmail}");
        if (token is not null)
        {
            // Shown once, like the users API's set-up link: only its SHA-256 is stored.
            await output.WriteLineAsync($"setup_token: {token}");
            await output.WriteLineAsync($"setup_token_expires_at: {credential.SetupTokenExpiresAt!.Value:O}");
            await output.WriteLineAsync("The admin chooses a password by posting {\"token\", \"password\"} to /api/users/setup-password.");
        }
        return 0;
    }
}
