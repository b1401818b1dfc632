using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TitanFleet.Tests.Dashboard;

/// <summary>
/// The driver's phone page as a driver uses it: a phone-sized touch context (390x844), the strict
/// CSP of <see cref="ManagementPage"/>, and the page's own controls by their visible names.
/// </summary>
public sealed class DriverPage
{
    private DriverPage(ManagementPage page) => Management = page;

    public ManagementPage Management { get; }

    public IPage Page => Management.Page;

    public ILocator Heading => Page.Locator(".driver-screen h1");

    public ILocator Notice => Page.Locator(".driver-page > .notice");

    public ILocator Refusal => Page.Locator(".refusal");

    public static Task<IBrowserContext> NewPhoneContextAsync(ChromiumFixture chromium) =>
        chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
            TimezoneId = "Europe/London",
        });

    public static async Task<DriverPage> SignInAsync(IBrowserContext context, Uri baseAddress, string email, string hash = "")
    {
        var page = await ManagementPage.OpenAsync(context, new Uri(baseAddress, "/" + hash));
        await page.SignInAsync(email);
        return new DriverPage(page);
    }

    public ILocator Button(string name) => Management.Button(name);

    public ILocator Field(string label) => Management.Field(label);

    /// <summary>One item of the walkaround, by its label.</summary>
    public ILocator CheckItem(string label) =>
        Page.Locator("fieldset.check-item").Filter(new() { Has = Page.Locator("legend", new() { HasTextString = label }) });

    public Task PickVehicleAsync(string registration) =>
        Page.Locator("button.pick").Filter(new() { HasTextString = registration }).ClickAsync();

    /// <summary>Answers every item of the walkaround not answered yet with "Pass".</summary>
    public async Task PassAllAsync()
    {
        var items = Page.Locator("fieldset.check-item");
        await Expect(items.First).ToBeVisibleAsync();
        var count = await items.CountAsync();
        for (var i = 0; i < count; i++)
        {
            var item = items.Nth(i);
            if (await item.GetAttributeAsync("data-result") is null)
                await item.GetByRole(AriaRole.Radio, new() { Name = "Pass", Exact = true }).CheckAsync();
        }
    }

    /// <summary>The page fits a phone: nothing scrolls sideways.</summary>
    public async Task ExpectFitsPhoneAsync()
    {
        var overflow = await Page.EvaluateAsync<int>(
            "() => Math.max(...[document.documentElement, ...document.querySelectorAll('.driver-page, .driver-bar')].map(e => e.scrollWidth - e.clientWidth))");
        Assert.True(overflow <= 0, $"the driver page is {overflow}px wider than the phone");
    }
}
