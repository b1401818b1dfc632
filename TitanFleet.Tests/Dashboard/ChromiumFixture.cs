using Microsoft.Playwright;

namespace TitanFleet.Tests.Dashboard;

/// <summary>One headless system Chromium per test class; each test opens its own context (own cookies).</summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private const string ExecutablePath = "/usr/bin/chromium";

    // Without these Chromium tries to reach update and sync services, which this network refuses.
    private static readonly string[] QuietArguments =
        ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"];

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"Browser tests need Chromium at {ExecutablePath}: run scripts/ensure-chromium.sh");
        _playwright = await PlaywrightDriver.StartAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true, Args = QuietArguments });
    }

    public Task<IBrowserContext> NewContextAsync() =>
        Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 }, TimezoneId = "Europe/London" });

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
    }
}
