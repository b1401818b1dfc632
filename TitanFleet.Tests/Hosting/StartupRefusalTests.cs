using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Hosting;

/// <summary>Settings that would leave the silo insecure or hung stop it at start-up, naming the setting.</summary>
public sealed class StartupRefusalTests : IAsyncLifetime
{
    private readonly string _connectionString = TestPostgres.NewDatabase("refusal");

    [Fact]
    public async Task Start_ProductionWithoutKeyRingCertificate_ExitsNamingTheSetting()
    {
        var output = await FailedStartAsync(new() { ["ASPNETCORE_ENVIRONMENT"] = "Production" });

        Assert.Contains("DataProtection:CertificatePath", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_GroupCommitOfZeroPositions_ExitsNamingTheSetting()
    {
        var output = await FailedStartAsync(new() { ["GroupCommit__MaxBatchPositions"] = "0" });

        Assert.Contains("GroupCommit:MaxBatchPositions", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_OrleansAdvertisedAddressNotAnIp_ExitsNamingTheSetting()
    {
        var output = await FailedStartAsync(new() { ["Orleans__AdvertisedAddress"] = "silo1.example" });

        Assert.Contains("Orleans:AdvertisedAddress", output, StringComparison.Ordinal);
    }

    private async Task<string> FailedStartAsync(Dictionary<string, string> settings)
    {
        await using var silo = new SiloProcess(_connectionString, $"refusal-{Guid.NewGuid():N}", settings);
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(silo.StartAsync);
        Assert.Contains("exited", failure.Message, StringComparison.Ordinal);
        await silo.KillAsync();
        return silo.RecentOutput;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => TestPostgres.DropDatabaseAsync(_connectionString);
}
