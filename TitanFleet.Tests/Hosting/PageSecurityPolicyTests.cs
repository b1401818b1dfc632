using Microsoft.Playwright;
using TitanFleet.Tests.Dashboard;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Hosting;

/// <summary>The live map runs under its Content-Security-Policy in a real Chromium with nothing refused.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class PageSecurityPolicyTests(SingleSiloFixture fixture, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task LiveMap_SignedInAndConnected_NoPolicyViolation()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        await VehiclePositions.PostAsync(fixture.BaseAddress, company.Vehicles[0], 53.4808, -2.2426, 40, heading: 90);
        await using var context = await chromium.NewContextAsync();
        var (page, console) = await WatchedPageAsync(context);

        using var response = await fixture.Silo.CreateClient().GetAsync("/");
        Assert.Contains("script-src 'self';", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var map = new LiveMapPage(page);
        await page.GotoAsync(fixture.BaseAddress.ToString());
        await map.SignInAsync(company.Email("manager"), TestCompany.Password);
        await map.ExpectConnectionAsync("connected");
        await map.WaitForMarkerAsync(company.Vehicles[0].VehicleId, 53.4808, -2.2426);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await AssertNoViolationsAsync(page, console);
    }

    [Fact]
    public async Task ApiDocsUi_Development_RendersUnderItsOwnPolicy()
    {
        await using var context = await chromium.NewContextAsync();
        var (page, console) = await WatchedPageAsync(context);

        await page.GotoAsync(new Uri(fixture.BaseAddress, "/api-docs/index.html").ToString());
        await page.Locator(".swagger-ui .info .title").WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await AssertNoViolationsAsync(page, console);
    }

    private static async Task<(IPage Page, List<string> Console)> WatchedPageAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) => console.Add($"{message.Type}: {message.Text}");
        await page.AddInitScriptAsync("""
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`));
            """);
        return (page, console);
    }

    private static async Task AssertNoViolationsAsync(IPage page, List<string> console)
    {
        var violations = await page.EvaluateAsync<string[]>("() => window.__cspViolations");
        Assert.True(violations.Length == 0, "CSP violations:\n" + string.Join("\n", violations));
        Assert.DoesNotContain(console, line => line.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }
}
