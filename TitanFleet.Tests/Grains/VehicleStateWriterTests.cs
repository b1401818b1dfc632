using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using TitanFleet.Grains.Vehicles;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Grains;

/// <summary>The grouped live-state writer against the real table: one statement per group, newest state wins.</summary>
[Collection(GrainClusterCollection.Name)]
public sealed class VehicleStateWriterTests(GrainClusterFixture fixture)
{
    [Fact]
    public async Task Write_SameVehicleTwiceInOneGroup_StoresTheLaterStateAndCommitsBoth()
    {
        await using var dataSource = NpgsqlDataSource.Create(fixture.ConnectionString);
        var writer = NewWriter(dataSource);
        var vehicle = Guid.NewGuid();
        var other = Guid.NewGuid();
        var at = DateTimeOffset.UtcNow;
        PendingStateWrite[] writes = [new(vehicle, [1], at), new(other, [7], at), new(vehicle, [2], at.AddSeconds(1))];
        // Queued before the writer starts, so all three fall into its first group.
        Assert.All(writes, write => Assert.True(writer.TryQueue(write)));

        await writer.StartAsync(CancellationToken.None);
        await Task.WhenAll(writes.Select(w => w.Committed.Task)).WaitAsync(TimeSpan.FromSeconds(10));
        await writer.StopAsync(CancellationToken.None);

        Assert.Equal([2], await StoredStateAsync(vehicle));
        Assert.Equal([7], await StoredStateAsync(other));
    }

    [Fact]
    public async Task Write_OlderStateAfterNewer_KeepsTheNewer()
    {
        await using var dataSource = NpgsqlDataSource.Create(fixture.ConnectionString);
        var writer = NewWriter(dataSource);
        await writer.StartAsync(CancellationToken.None);
        var vehicle = Guid.NewGuid();
        var at = DateTimeOffset.UtcNow;

        await writer.WriteAsync(new PendingStateWrite(vehicle, [2], at), CancellationToken.None);
        await writer.WriteAsync(new PendingStateWrite(vehicle, [1], at.AddSeconds(-5)), CancellationToken.None);
        await writer.StopAsync(CancellationToken.None);

        Assert.Equal([2], await StoredStateAsync(vehicle));
    }

    [Fact]
    public async Task Stop_WritesQueued_CommitsThemBeforeReturning()
    {
        await using var dataSource = NpgsqlDataSource.Create(fixture.ConnectionString);
        var writer = NewWriter(dataSource);
        await writer.StartAsync(CancellationToken.None);
        var writes = Enumerable.Range(0, 500).Select(_ => new PendingStateWrite(Guid.NewGuid(), [3], DateTimeOffset.UtcNow)).ToList();
        Assert.All(writes, write => Assert.True(writer.TryQueue(write)));

        await writer.StopAsync(CancellationToken.None);

        Assert.All(writes, write => Assert.True(write.Committed.Task.IsCompletedSuccessfully));
        Assert.Equal([3], await StoredStateAsync(writes[^1].VehicleId));
    }

    private static VehicleStateWriter NewWriter(NpgsqlDataSource dataSource) =>
        new(dataSource, Options.Create(new VehicleStateWriteOptions { MaxGroupRows = 200 }), NullLogger<VehicleStateWriter>.Instance);

    private async Task<byte[]?> StoredStateAsync(Guid vehicleId)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT state FROM vehicle_live_state WHERE vehicle_id = @vehicle", connection);
        command.Parameters.AddWithValue("vehicle", vehicleId);
        return await command.ExecuteScalarAsync() as byte[];
    }
}
