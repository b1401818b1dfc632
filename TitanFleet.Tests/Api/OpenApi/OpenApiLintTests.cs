using System.Diagnostics;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TitanFleet.Api.OpenApi;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api.OpenApi;

/// <summary>
/// The document the real silo serves, run through a standard OpenAPI linter (Redocly CLI, its
/// recommended rules: scripts/openapi-lint.sh): client generators and API gateways read it, so
/// what the linter calls an error would break one of them.
/// </summary>
[Collection(InProcessSiloCollection.Name)]
public sealed class OpenApiLintTests(InProcessSiloFixture silo)
{
    private static readonly TimeSpan LintTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Document_RedoclyRecommendedRules_NoErrors()
    {
        using var client = new HttpClient { BaseAddress = silo.BaseAddress };

        var (exitCode, output) = await LintAsync(await client.GetStringAsync(FleetOpenApi.DocumentPath));

        Assert.True(exitCode == 0, $"redocly lint exited with {exitCode}:{Environment.NewLine}{output}");
    }

    /// <summary>
    /// A resource added later, written the way the template asks (route, summary, tags, policy) and
    /// nothing more: no operationId, no examples, no error responses, an anonymous sibling. The
    /// filters must make its document pass as well, so other resources pass without OpenAPI edits.
    /// </summary>
    [Fact]
    public async Task Document_NewResourceWithRoutePolicyAndSummaryOnly_NoErrors()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
        builder.Services.AddAuthorizationBuilder().AddPolicy("InspectionWriter", policy => policy
            .AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme).RequireRole("manager"));
        builder.Services.AddFleetOpenApi(builder.Configuration);
        await using var app = builder.Build();
        app.MapFleetOpenApi();
        var inspections = app.MapGroup("/api/inspections").WithTags("Inspections");
        inspections.MapPost("/", (NewInspection inspection) => TypedResults.Created($"/api/inspections/{Guid.NewGuid()}", new Inspection(Guid.NewGuid(), inspection.VehicleId, inspection.DueOn, "booked")))
            .WithSummary("Book a safety inspection").RequireAuthorization("InspectionWriter");
        inspections.MapGet("/{inspectionId:guid}", Results<Ok<Inspection>, NotFound> (Guid inspectionId) => TypedResults.NotFound())
            .WithSummary("One inspection").RequireAuthorization("InspectionWriter");
        inspections.MapGet("/calendar", () => TypedResults.Ok(Array.Empty<Inspection>())).WithSummary("Public inspection calendar").AllowAnonymous();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();

        using var client = new HttpClient { BaseAddress = new Uri(address) };
        var (exitCode, output) = await LintAsync(await client.GetStringAsync(FleetOpenApi.DocumentPath));

        Assert.True(exitCode == 0, $"redocly lint exited with {exitCode}:{Environment.NewLine}{output}");
    }

    public sealed record NewInspection(Guid VehicleId, DateOnly DueOn);

    public sealed record Inspection(Guid Id, Guid VehicleId, DateOnly DueOn, string Status);

    private static async Task<(int ExitCode, string Output)> LintAsync(string json)
    {
        var document = Path.Combine(Path.GetTempPath(), $"titanfleet-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(document, json);
        try
        {
            return await RunAsync(RepoRoot.Combine("scripts/openapi-lint.sh"), document);
        }
        finally
        {
            File.Delete(document);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string script, string argument)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start bash");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(LintTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The linter did not finish within {LintTimeout}: {await output}{await error}");
        }
        return (process.ExitCode, await output + await error);
    }
}
