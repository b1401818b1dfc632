using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Motion;

/// <summary>
/// A silo of its own whose vehicles go offline 3 s after their last ping, swept every half second:
/// the shared silos keep the production interval, which tests elsewhere rely on.
/// </summary>
public sealed class MotionSiloFixture : IAsyncLifetime
{
    public static readonly TimeSpan OfflineAfter = TimeSpan.FromSeconds(3);

    private readonly TestDatabase _database = new("motion");

    public SiloProcess Silo { get; private set; } = null!;

    public string ConnectionString => _database.ConnectionString;

    public Uri BaseAddress => Silo.BaseAddress;

    public async Task InitializeAsync()
    {
        Silo = new SiloProcess(_database.ConnectionString, $"motion-{Guid.NewGuid():N}", new Dictionary<string, string>
        {
            ["VehicleLive__OfflineAfter"] = OfflineAfter.ToString(),
            ["VehicleLive__OfflineSweepInterval"] = "00:00:00.500",
        });
        await Silo.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Silo.DisposeAsync();
        await _database.DisposeAsync();
    }
}
