using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Hosting;

public sealed class LoggingDefaultsTests
{
    [Fact]
    public void AppSettings_PollyCategory_InformationOffAndWarningsKept()
    {
        using var services = SiloLogging();
        var factory = services.GetRequiredService<ILoggerFactory>();

        // Orleans' placement pipeline logs two Polly lines per grain activation at Information.
        var polly = factory.CreateLogger("Polly");
        Assert.False(polly.IsEnabled(LogLevel.Information));
        Assert.True(polly.IsEnabled(LogLevel.Warning));
        Assert.True(factory.CreateLogger("TitanFleet.Startup").IsEnabled(LogLevel.Information));
    }

    /// <summary>The silo's shipped appsettings.json logging section over a real provider, as the silo binds it.</summary>
    private static ServiceProvider SiloLogging()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(SiloBuildOutput.Folder)
            .AddJsonFile("appsettings.json", optional: false)
            .Build();
        return new ServiceCollection()
            .AddLogging(logging => logging.AddConfiguration(configuration.GetSection("Logging")).AddConsole())
            .BuildServiceProvider();
    }
}
