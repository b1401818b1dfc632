using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Commands;

/// <summary>
/// A database that does not exist yet: the operator command creates and migrates it and the first
/// company, then a silo starts on it, as a fresh installation goes.
/// </summary>
public sealed class CompanyCommandFixture : IAsyncLifetime
{
    public const string CompanyName = "Pennine Haulage Ltd";

    public string ConnectionString { get; } = TestPostgres.NewDatabase("command");

    public string AdminEmail { get; } = $"first-admin-{Guid.NewGuid():N}@pennine.example";

    public CompanyCommandProcess.Outcome First { get; private set; } = null!;

    public SiloProcess Silo { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        First = await CompanyCommandProcess.RunAsync(ConnectionString, null,
            "company", "create", "--name", CompanyName, "--admin-email", AdminEmail.ToUpperInvariant(), "--admin-name", "Pat Pennine", "--time-zone", "Europe/Dublin");
        Silo = new SiloProcess(ConnectionString, $"command-{Guid.NewGuid():N}");
        await Silo.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Silo.DisposeAsync();
        await TestPostgres.DropDatabaseAsync(ConnectionString);
    }
}
