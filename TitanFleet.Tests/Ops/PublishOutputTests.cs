using System.Diagnostics;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Ops;

/// <summary>What the Dockerfile's dotnet publish ships: the page the web stage copied into wwwroot goes with the silo.</summary>
public sealed class PublishOutputTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("titanfleet-publish-").FullName;

    [Fact]
    public async Task Publish_SiloWithBuiltPage_IncludesIndexHtml()
    {
        Assert.True(File.Exists(RepoRoot.Combine("TitanFleet.Silo/wwwroot/index.html")), "the page is not built: run scripts/build-web.sh");
        var configuration = SiloBuildOutput.Folder.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        // --no-build publishes the silo the test run already built: only the copy to the output is exercised.
        var start = new ProcessStartInfo("dotnet", ["publish", RepoRoot.Combine("TitanFleet.Silo/TitanFleet.Silo.csproj"), "--no-build", "-c", configuration, "-o", _output, "--nologo"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var publish = Process.Start(start)!;
        var log = await publish.StandardOutput.ReadToEndAsync() + await publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();

        Assert.True(publish.ExitCode == 0, log);
        Assert.True(File.Exists(Path.Combine(_output, "TitanFleet.Silo.dll")), log);
        Assert.True(File.Exists(Path.Combine(_output, "wwwroot", "index.html")), $"published output has no wwwroot/index.html:{Environment.NewLine}{log}");
    }

    public void Dispose() => Directory.Delete(_output, recursive: true);
}
