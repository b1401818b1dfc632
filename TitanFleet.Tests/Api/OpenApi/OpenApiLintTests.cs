using System.Diagnostics;
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
        var document = Path.Combine(Path.GetTempPath(), $"titanfleet-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(document, await client.GetStringAsync(FleetOpenApi.DocumentPath));
        try
        {
            var (exitCode, output) = await RunAsync(RepoRoot.Combine("scripts/openapi-lint.sh"), document);

            Assert.True(exitCode == 0, $"redocly lint exited with {exitCode}:{Environment.NewLine}{output}");
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
