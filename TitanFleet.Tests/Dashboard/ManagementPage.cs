using Microsoft.Playwright;
using TitanFleet.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace TitanFleet.Tests.Dashboard;

/// <summary>
/// The page's management area as a user drives it. The page is served with a strict
/// Content-Security-Policy (no inline script, style or handler), and every violation the browser
/// reports is collected, so a test can prove the page works under it.
/// </summary>
public sealed class ManagementPage
{
    public const string StrictPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private readonly List<string> _violations = [];

    private ManagementPage(IPage page)
    {
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) _violations.Add(message.Text);
        };
        page.PageError += (_, error) => _violations.Add($"page error: {error}");
    }

    public IPage Page { get; }

    public ILocator Navigation => Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

    public ILocator Notice => Page.Locator(".management .notice");

    public static async Task<ManagementPage> OpenAsync(IBrowserContext context, Uri baseAddress)
    {
        var page = await context.NewPageAsync();
        // Only the HTML document needs the header: the browser applies its policy to everything the page loads.
        await page.RouteAsync(url => new Uri(url).AbsolutePath == "/", async route =>
        {
            var response = await route.FetchAsync();
            var headers = new Dictionary<string, string>(response.Headers) { ["content-security-policy"] = StrictPolicy };
            await route.FulfillAsync(new() { Response = response, Headers = headers });
        });
        await page.GotoAsync(baseAddress.ToString());
        return new ManagementPage(page);
    }

    public async Task SignInAsync(string email)
    {
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(TestCompany.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(Page.Locator(".topbar")).ToBeVisibleAsync();
    }

    public Task GoToAsync(string navigationItem) =>
        Navigation.GetByRole(AriaRole.Link, new() { Name = navigationItem, Exact = true }).ClickAsync();

    public ILocator Field(string label) => Page.GetByLabel(label, new() { Exact = true });

    public ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public ILocator Link(string name) => Page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    /// <summary>The vehicles table's row whose registration cell is exactly this.</summary>
    public ILocator VehicleRow(string registration) =>
        Page.Locator("table.records tbody tr").Filter(new() { Has = Page.GetByRole(AriaRole.Rowheader, new() { Name = registration, Exact = true }) });

    public ILocator FieldError(string field) => Page.Locator($".field[data-field={field}] .field-error");

    /// <summary>Narrows the window to a small laptop's and checks the screen still fits it: nothing scrolls sideways.</summary>
    public async Task ExpectFitsLaptopAsync()
    {
        await Page.SetViewportSizeAsync(1280, 720);
        var overflow = await Page.EvaluateAsync<int>(
            "() => Math.max(...[...document.querySelectorAll('.management, .table-scroll, .topbar')].map(e => e.scrollWidth - e.clientWidth))");
        Assert.True(overflow <= 0, $"the screen is {overflow}px wider than a 1280px window");
    }

    public async Task ScreenshotAsync(string name)
    {
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var path = RepoRoot.Combine($"TestResults/{name}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await Page.ScreenshotAsync(new() { Path = path, FullPage = true });
    }

    public void AssertNoPolicyViolations()
    {
        if (_violations.Count > 0) Assert.Fail(string.Join(Environment.NewLine, _violations));
    }
}
