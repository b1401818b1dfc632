using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Sql;

/// <summary>The settings every session of the running silo starts with (PostgresConnectionString.SessionOptions).</summary>
[Collection(InProcessSiloCollection.Name)]
public sealed class ApplicationSessionTests(InProcessSiloFixture silo)
{
    [Fact]
    public async Task DataSource_SiloConnection_JitOffAsApplicationRole()
    {
        var dataSource = silo.Services.GetRequiredService<NpgsqlDataSource>();

        await using var command = dataSource.CreateCommand("SELECT current_setting('jit'), current_user");
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());

        Assert.Equal(("off", "titanfleet_app"), (reader.GetString(0), reader.GetString(1)));
    }
}
