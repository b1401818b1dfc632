using System.Reflection;
using Microsoft.Playwright;

namespace TitanFleet.Tests.Dashboard;

/// <summary>
/// Starts Playwright's driver with the system Node.js and the driver scripts from the NuGet package
/// folder, since the build output carries neither (PlaywrightPlatform=none in the test project).
/// </summary>
internal static class PlaywrightDriver
{
    private const string NodeVariable = "PLAYWRIGHT_NODEJS_PATH";
    private const string DriverVariable = "PLAYWRIGHT_DRIVER_SEARCH_PATH";

    public static Task<IPlaywright> StartAsync()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(NodeVariable)))
            Environment.SetEnvironmentVariable(NodeVariable, FindNode());
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(DriverVariable)))
            Environment.SetEnvironmentVariable(DriverVariable, PackageFolder());
        return Playwright.CreateAsync();
    }

    private static string FindNode()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator).Select(folder => Path.Combine(folder, "node")).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"Browser tests need Node.js on PATH (or {NodeVariable}); scripts/build-web.sh needs it too.");
    }

    private static string PackageFolder() =>
        typeof(PlaywrightDriver).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == "PlaywrightPackageFolder")?.Value
        ?? throw new InvalidOperationException($"The test assembly does not name the Microsoft.Playwright package folder; set {DriverVariable}.");
}
