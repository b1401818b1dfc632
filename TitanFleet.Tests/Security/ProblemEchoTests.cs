using System.Net;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Security;

/// <summary>A refusal names the field and never echoes the caller's raw input (found by the fuzz: the framework's binding message quoted it).</summary>
[Collection(InProcessSiloCollection.Name)]
public sealed class ProblemEchoTests(InProcessSiloFixture silo) : IAsyncLifetime
{
    private SecurityWorld _world = null!;

    public async Task InitializeAsync() => _world = await SecurityWorld.ForAsync(silo);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Trail_ScriptAsFrom_ProblemNamesFromWithoutEchoingTheScript()
    {
        using var manager = _world.Caller(_world.A, CallerRole.Manager).NewClient();

        using var response = await manager.GetAsync($"/api/vehicles/{_world.A.Vehicles[0].VehicleId}/trail?from={Uri.EscapeDataString(HostileValues.Script)}");

        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>", body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("from", (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
    }
}
