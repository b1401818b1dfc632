using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TitanFleet.Grains.Vehicles;
using TitanFleet.Silo.Database;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api;

/// <summary>
/// Every connection of the silo's pools held (its data source's and the Orleans providers' pool, the
/// state of overload the load plan reached), requests that need the database are answered 503 with
/// Retry-After within the pool timeout, never 500, and the silo serves again once they are released.
/// </summary>
[Collection(InProcessSiloCollection.Name)]
public sealed class PoolExhaustionTests(InProcessSiloFixture silo)
{
    [Fact]
    public async Task Requests_PoolsExhausted_503WithRetryAfterThenServedWhenReleased()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, 2);
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        using var anonymous = new HttpClient { BaseAddress = silo.BaseAddress };
        using var device = FleetHttp.Device(silo.BaseAddress, company.Vehicles[0].DeviceToken);
        // Known to the directory but never activated: reading it activates the grain, whose state read needs a connection.
        var idle = company.Vehicles[1].VehicleId;
        Assert.NotNull(await silo.Services.GetRequiredService<IVehicleDirectory>().FindAsync(idle));

        var held = await HoldAllConnectionsAsync();
        List<HttpResponseMessage> answers;
        try
        {
            answers =
            [
                await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(DateTimeOffset.UtcNow, 51.5, 0)),
                await anonymous.PostAsJsonAsync("/api/auth/login", new { email = company.Email("admin"), password = TestCompany.Password }),
                await manager.Client.GetAsync($"/api/vehicles/{idle}/live"),
            ];
        }
        finally
        {
            foreach (var connection in held) await connection.DisposeAsync();
        }
        using var afterwards = await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(DateTimeOffset.UtcNow, 51.6, 0));

        foreach (var answer in answers)
        {
            var body = await answer.Content.ReadAsStringAsync();
            Assert.True(answer.StatusCode == HttpStatusCode.ServiceUnavailable, $"{answer.RequestMessage?.RequestUri}: {(int)answer.StatusCode} {body}");
            Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
            Assert.True(answer.Headers.RetryAfter?.Delta > TimeSpan.Zero, "503 says when to retry");
            answer.Dispose();
        }
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
    }

    /// <summary>
    /// Opens connections until each pool gives no more: the silo's data source and the pool its
    /// connection string names (Orleans' providers). The silo may hold a few itself at that moment.
    /// </summary>
    private async Task<List<NpgsqlConnection>> HoldAllConnectionsAsync()
    {
        var dataSource = silo.Services.GetRequiredService<NpgsqlDataSource>();
        var connectionString = PostgresConnectionString.Build(silo.Services.GetRequiredService<IConfiguration>());
        var poolSize = new NpgsqlConnectionStringBuilder(connectionString).MaxPoolSize;
        var held = new List<NpgsqlConnection>();
        await FillAsync(held, poolSize, cancellation => dataSource.OpenConnectionAsync(cancellation).AsTask());
        await FillAsync(held, poolSize, async cancellation =>
        {
            var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellation);
            return connection;
        });
        return held;
    }

    /// <summary>Opens until the pool itself says it is exhausted (after its own timeout); a slow open on a busy machine is not mistaken for that.</summary>
    private static async Task FillAsync(List<NpgsqlConnection> held, int poolSize, Func<CancellationToken, Task<NpgsqlConnection>> open)
    {
        for (var attempts = 0; attempts < poolSize * 2; attempts++)
        {
            try
            {
                held.Add(await open(CancellationToken.None));
            }
            catch (NpgsqlException exception) when (exception.Message.Contains("pool has been exhausted", StringComparison.Ordinal))
            {
                return;
            }
            catch (NpgsqlException exception) when (exception.IsTransient)
            {
                // A connection that could not be opened in time under load; try again.
            }
        }
    }
}
