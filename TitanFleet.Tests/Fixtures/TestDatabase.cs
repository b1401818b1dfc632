namespace TitanFleet.Tests.Fixtures;

/// <summary>A fresh database for one test, dropped when the test is done (declare it before the silos using it).</summary>
public sealed class TestDatabase(string purpose) : IAsyncDisposable
{
    public string ConnectionString { get; } = TestPostgres.NewDatabase(purpose);

    public ValueTask DisposeAsync() => new(TestPostgres.DropDatabaseAsync(ConnectionString));
}
