using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TitanFleet.Tests.Fixtures;
using Xunit.Abstractions;

namespace TitanFleet.Tests.Security;

/// <summary>
/// A session that has ended (logout, the user deactivated, the user's role changed) is refused by
/// every operation that needs a signed-in user, and by the hub: the copied cookie of an ended session
/// answers 401 everywhere, never the data. Generated from the mapped endpoints like the role matrix.
/// </summary>
[Collection(InProcessSiloCollection.Name)]
public sealed class EndedSessionMatrixTests(InProcessSiloFixture silo, ITestOutputHelper output) : IAsyncLifetime
{
    private SecurityWorld _world = null!;

    public async Task InitializeAsync() => _world = await SecurityWorld.ForAsync(silo);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task EverySignedInOperation_LoggedOutSession_401()
    {
        var copied = await SignInAsync(_world.A.Email("manager"), TestCompany.Password);
        using (var client = LoopbackClients.Create(_world.BaseAddress, copied.Original))
        using (var logout = await client.PostAsync("/api/auth/logout", null))
        {
            Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        }

        await AssertEveryOperationRefusedAsync(copied.Copy, "after logout");
    }

    [Fact]
    public async Task EverySignedInOperation_UserDeactivated_401()
    {
        var (user, email) = await NewUserAsync("manager");
        var copied = await SignInAsync(email, TestCompany.Password);
        using (var admin = _world.Caller(_world.A, CallerRole.Admin).NewClient())
        using (var deactivate = await admin.DeleteAsync($"/api/users/{user.GetProperty("id").GetGuid()}?version={user.GetProperty("version").GetInt32()}"))
        {
            Assert.True(deactivate.IsSuccessStatusCode, $"deactivating answered {(int)deactivate.StatusCode}");
        }

        await AssertEveryOperationRefusedAsync(copied.Copy, "after deactivation");
    }

    [Fact]
    public async Task EverySignedInOperation_UserRoleChanged_401()
    {
        var (user, email) = await NewUserAsync("manager");
        var copied = await SignInAsync(email, TestCompany.Password);
        using (var admin = _world.Caller(_world.A, CallerRole.Admin).NewClient())
        using (var demote = await admin.PutAsJsonAsync($"/api/users/{user.GetProperty("id").GetGuid()}", new
        {
            email,
            fullName = user.GetProperty("fullName").GetString(),
            role = "mechanic",
            active = true,
            version = user.GetProperty("version").GetInt32(),
        }))
        {
            Assert.True(demote.IsSuccessStatusCode, $"changing the role answered {(int)demote.StatusCode}");
        }

        await AssertEveryOperationRefusedAsync(copied.Copy, "after a role change");
    }

    private async Task AssertEveryOperationRefusedAsync(CookieContainer endedSession, string when)
    {
        var caller = new Caller(CallerRole.Manager, _world.A, _world.BaseAddress, endedSession, null);
        var operations = OperationCatalog.Operations(silo.Services);
        var wrong = new List<string>();
        var tried = 0;
        var sequence = 0;
        foreach (var operation in operations)
        {
            var rule = OperationTable.Find(operation);
            Assert.True(rule is not null, OperationTable.MissingRuleMessage([operation.Key]));
            if (rule.IsAllowed(CallerRole.Anonymous)) continue;
            tried++;
            var outcome = await FuzzRunner.SendAsync(caller, ValidCall.Build(operation, rule, new RequestContext(caller, _world.A, ++sequence)));
            output.WriteLine($"{operation.Key,-45} {when}: {outcome.Status}");
            if (outcome.Status != 401) wrong.Add($"{operation.Key} {when}: expected 401, got {outcome.Status} {outcome.Body[..Math.Min(200, outcome.Body.Length)]}");
        }

        Assert.True(tried > 10, $"only {tried} signed-in operations were tried");
        Assert.True(wrong.Count == 0, $"An ended session was not refused:\n{string.Join('\n', wrong)}");
    }

    /// <summary>A fresh user of company A, made by its admin, so ending their sessions leaves the shared callers alone.</summary>
    private async Task<(JsonElement User, string Email)> NewUserAsync(string role)
    {
        var email = $"ended.{Guid.NewGuid():N}@test.titanfleet.test";
        using var admin = _world.Caller(_world.A, CallerRole.Admin).NewClient();
        using var created = await admin.PostAsJsonAsync("/api/users", new { email, fullName = "Ended Session", role, password = TestCompany.Password });
        Assert.True(created.StatusCode == HttpStatusCode.Created || created.StatusCode == HttpStatusCode.OK, $"creating a user answered {(int)created.StatusCode}");
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("user").Clone(), email);
    }

    /// <summary>Signs in and keeps a copy of the session cookie, as someone who copied it would.</summary>
    private async Task<(CookieContainer Original, CookieContainer Copy)> SignInAsync(string email, string password)
    {
        var original = new CookieContainer();
        using var client = LoopbackClients.Create(_world.BaseAddress, original);
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var copy = new CookieContainer();
        copy.Add(original.GetAllCookies());
        return (original, copy);
    }
}
