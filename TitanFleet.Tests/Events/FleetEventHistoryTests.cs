using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using TitanFleet.Grains.Events;
using TitanFleet.Silo.Database;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Events;

/// <summary>The history sink as the silo's own role runs it: one statement per call, resends stored once, order kept, any month stored.</summary>
public sealed class FleetEventHistoryTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new("eventhistory");
    private NpgsqlDataSource _dataSource = null!;
    private FleetEventHistory _history = null!;

    public async Task InitializeAsync()
    {
        await DatabaseMigrator.MigrateAsync(_database.ConnectionString, NullLogger.Instance);
        var asApplication = new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Options = $"-c role={PostgresConnectionString.ApplicationRole}" };
        _dataSource = NpgsqlDataSource.Create(asApplication.ConnectionString);
        _history = new FleetEventHistory(_dataSource, NullLogger<FleetEventHistory>.Instance);
    }

    public async Task DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task WriteAsync_SameEventsTwice_StoredOnce()
    {
        var company = await NewCompanyAsync();
        var raised = Event(company, FleetEventTypes.DefectRaised, DateTimeOffset.UtcNow.AddMinutes(-1), new Dictionary<string, string> { ["severity"] = "dangerous" });
        var offRoad = Event(company, FleetEventTypes.VehicleOffRoad, raised.OccurredAt);

        await _history.WriteAsync([raised, offRoad]);
        await _history.WriteAsync([raised, offRoad]);
        await _history.WriteAsync([offRoad]);

        var page = await _history.ListAsync(company, Filter(), CancellationToken.None);
        Assert.Equal([offRoad.Id, raised.Id], page.Items.Select(e => e.Id));
        Assert.Equal("dangerous", page.Items[1].Details!["severity"]);
        Assert.Null(page.Items[0].Details);
    }

    [Fact]
    public async Task ListAsync_EventsOfOneInstant_NewestFirstInReversePublicationOrderAcrossPages()
    {
        var company = await NewCompanyAsync();
        var at = DateTimeOffset.UtcNow.AddMinutes(-5);
        FleetEvent[] published =
        [
            Event(company, FleetEventTypes.CheckSubmitted, at),
            Event(company, FleetEventTypes.DefectRaised, at),
            Event(company, FleetEventTypes.DefectRaised, at),
            Event(company, FleetEventTypes.VehicleOffRoad, at),
        ];
        await _history.WriteAsync(published);
        var later = Event(company, FleetEventTypes.VehicleBackInService, at.AddSeconds(1));
        await _history.WriteAsync([later]);

        var first = await _history.ListAsync(company, Filter(limit: 3), CancellationToken.None);
        var second = await _history.ListAsync(company, Filter(limit: 3) with { After = first.Next }, CancellationToken.None);

        Assert.NotNull(first.Next);
        Assert.Null(second.Next);
        Assert.Equal([later.Id, .. published.Reverse().Select(e => e.Id)], first.Items.Concat(second.Items).Select(e => e.Id));
    }

    [Fact]
    public async Task WriteAsync_EventTimedInMonthWithoutPartition_CreatesThatMonthOnlyAndStores()
    {
        var company = await NewCompanyAsync();
        var old = new DateTimeOffset(DateTimeOffset.UtcNow.Year - 1, 3, 15, 8, 30, 0, TimeSpan.Zero);
        var before = await PartitionsAsync();
        var fromOldFix = Event(company, FleetEventTypes.GeofenceEntered, old);
        var now = Event(company, FleetEventTypes.GeofenceExited, DateTimeOffset.UtcNow);

        await _history.WriteAsync([fromOldFix, now]);

        var page = await _history.ListAsync(company, Filter(), CancellationToken.None);
        Assert.Equal([now.Id, fromOldFix.Id], page.Items.Select(e => e.Id));
        Assert.Equal(old, page.Items[1].OccurredAt);
        Assert.Equal([$"fleet_events_{old:yyyyMM}"], (await PartitionsAsync()).Except(before));
    }

    private static FleetEventListFilter Filter(int limit = 50) => new(null, null, null, null, null, null, limit);

    private static FleetEvent Event(Guid company, string type, DateTimeOffset at, Dictionary<string, string>? details = null) =>
        new(Guid.NewGuid(), company, type, at, $"{type} test", VehicleId: Guid.NewGuid(), Registration: "TE57 EVT", Details: details);

    private async Task<Guid> NewCompanyAsync()
    {
        var id = Guid.NewGuid();
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("INSERT INTO companies (id, name) VALUES (@id, 'Event History Ltd')", connection);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync();
        return id;
    }

    private async Task<List<string>> PartitionsAsync()
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT inhrelid::regclass::text FROM pg_inherits WHERE inhparent = 'fleet_events'::regclass", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync()) names.Add(reader.GetString(0));
        return names;
    }
}
