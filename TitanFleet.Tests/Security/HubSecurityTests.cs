using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using TitanFleet.Tests.Fixtures;
using Xunit.Abstractions;

namespace TitanFleet.Tests.Security;

/// <summary>
/// The hub's side of the harness: every hub method (found by reflection, described in
/// OperationTable.HubMethods) by role, with hostile arguments and raw frames, and across companies.
/// SignalR's "An unexpected error occurred invoking" is the hub's 500: a hub method threw.
/// </summary>
[Collection(InProcessSiloCollection.Name)]
public sealed class HubSecurityTests(InProcessSiloFixture silo, ITestOutputHelper output) : IAsyncLifetime
{
    private const string HubServerError = "unexpected error occurred invoking";
    private static readonly TimeSpan PushWait = TimeSpan.FromSeconds(10);
    private SecurityWorld _world = null!;

    public async Task InitializeAsync() => _world = await SecurityWorld.ForAsync(silo);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task HubMethods_EveryRole_AnswersAsTheTableSays()
    {
        var wrong = new List<string>();
        foreach (var role in CallerRoles.All)
        {
            var caller = _world.Caller(_world.A, role);
            HubConnection? connection = null;
            int? refusedWith = null;
            try
            {
                connection = await HubClients.ConnectAsync(caller);
            }
            catch (HttpRequestException exception)
            {
                refusedWith = (int?)exception.StatusCode;
            }
            await using var _ = connection;
            foreach (var rule in Rules())
            {
                var allowed = rule.IsAllowed(role);
                if (connection is null)
                {
                    if (allowed || !ValidCall.Denied(role, refusedWith ?? 0)) wrong.Add($"hub {rule.Name} as {role}: connection refused with {refusedWith?.ToString() ?? "no status"}");
                    continue;
                }
                var args = rule.Arguments(new RequestContext(caller, _world.A, 0));
                var failure = await Record.ExceptionAsync(() => connection.InvokeCoreAsync(rule.Name, typeof(JsonElement), args));
                if (allowed && failure is not null) wrong.Add($"hub {rule.Name} as {role}: {failure.Message}");
                if (!allowed && failure is not HubException) wrong.Add($"hub {rule.Name} as {role}: expected refusal, got {failure?.Message ?? "success"}");
            }
        }
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Fact]
    public async Task HubMethods_HostileArguments_RefusedAndConnectionKeepsServing()
    {
        await using var counts = new TableRowCounts(silo.ConnectionString);
        var before = await counts.ReadAsync();
        var problems = new List<string>();
        var cases = 0;
        var serverErrors = 0;
        foreach (var rule in Rules())
        {
            foreach (var role in rule.Allowed)
            {
                var caller = _world.Caller(_world.A, role);
                await using var connection = await HubClients.ConnectAsync(caller);
                foreach (var (name, target, args) in HostileInvocations(rule.Name))
                {
                    cases++;
                    var failure = await Record.ExceptionAsync(() => connection.InvokeCoreAsync(target, typeof(JsonElement), args));
                    if (failure?.Message.Contains(HubServerError, StringComparison.Ordinal) == true) serverErrors++;
                    if (failure is not HubException refusal || refusal.Message.Contains(HubServerError, StringComparison.Ordinal))
                        problems.Add($"hub {target} [{name}] as {role}: {failure?.GetType().Name ?? "accepted"} {failure?.Message}");
                }
                // Still serving the same connection after every refusal.
                await connection.InvokeCoreAsync(rule.Name, typeof(JsonElement), rule.Arguments(new RequestContext(caller, _world.A, 0)));
            }
        }
        var delta = TableRowCounts.Difference(before, await counts.ReadAsync());
        SecurityReport.Record(output, "fuzz (hub methods)", SecurityReport.Row("fuzz (hub methods)", cases, serverErrors, 0, delta.Values.Sum(Math.Abs)));

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.Empty(delta);
    }

    [Fact]
    public async Task Hub_HostileRawFrames_ConnectionRefusedOrClosedAndSiloKeepsServing()
    {
        await using var counts = new TableRowCounts(silo.ConnectionString);
        var before = await counts.ReadAsync();
        var viewer = _world.Caller(_world.A, CallerRole.Manager);
        var answers = await Task.WhenAll(RawFrames().Select(async frame =>
        {
            using var socket = await HubClients.OpenRawAsync(viewer, frame.AfterHandshake);
            await HubClients.SendAsync(socket, frame.Bytes);
            var answer = await HubClients.ReceiveAsync(socket, TimeSpan.FromSeconds(3));
            return (frame.Name, Answer: answer ?? "");
        }));
        var delta = TableRowCounts.Difference(before, await counts.ReadAsync());
        var serverErrors = answers.Where(a => a.Answer.Contains(HubServerError, StringComparison.Ordinal)).ToList();
        SecurityReport.Record(output, "fuzz (hub frames)", SecurityReport.Row("fuzz (hub frames)", answers.Length, serverErrors.Count, 0, delta.Values.Sum(Math.Abs)));
        foreach (var (name, answer) in answers) output.WriteLine($"{name}: {answer[..Math.Min(answer.Length, 160)]}");

        Assert.True(serverErrors.Count == 0, string.Join('\n', serverErrors));
        Assert.Empty(delta);
        await using var dashboard = await HubClients.ConnectAsync(viewer);
        Assert.Equal(JsonValueKind.Array, (await dashboard.InvokeAsync<JsonElement>("GetSnapshot")).ValueKind);
        using var client = new HttpClient { BaseAddress = silo.BaseAddress };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/live")).StatusCode);
    }

    [Fact]
    public async Task Hub_OtherCompanysDashboards_ReceiveNoneOfItsPushesNorRecords()
    {
        var leaks = new List<string>();
        var outsiders = new List<(CallerRole Role, HubConnection Connection, List<string> Received)>();
        foreach (var role in OperationTable.FleetViewers)
        {
            var connection = await HubClients.ConnectAsync(_world.Caller(_world.B, role));
            var received = new List<string>();
            connection.On<JsonElement>("VehiclesUpdated", batch => { lock (received) received.Add(batch.GetRawText()); });
            outsiders.Add((role, connection, received));
        }
        await using var insider = await HubClients.ConnectAsync(_world.Caller(_world.A, CallerRole.Manager));
        var insiderSaw = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var aVehicle = _world.A.Vehicles[0].VehicleId.ToString();
        insider.On<JsonElement>("VehiclesUpdated", batch => { if (batch.GetRawText().Contains(aVehicle, StringComparison.OrdinalIgnoreCase)) insiderSaw.TrySetResult(); });

        try
        {
            await PostPositionAsync(_world.A);
            await insiderSaw.Task.WaitAsync(PushWait);
            // B's own later push proves B's dashboards were receiving while A's vehicle moved.
            await PostPositionAsync(_world.B);
            var bVehicle = _world.B.Vehicles[0].VehicleId.ToString();
            foreach (var (role, _, received) in outsiders)
            {
                await WaitUntilAsync(() => { lock (received) return received.Any(batch => batch.Contains(bVehicle, StringComparison.OrdinalIgnoreCase)); });
                string[] batches;
                lock (received) batches = [.. received];
                leaks.AddRange(batches.SelectMany(batch => SecurityWorld.Secrets(_world.A).Where(secret => batch.Contains(secret, StringComparison.OrdinalIgnoreCase)))
                    .Select(secret => $"{role} of B was pushed A's {secret}"));
            }
            foreach (var (role, connection, _) in outsiders)
            {
                foreach (var rule in Rules().Where(rule => rule.IsAllowed(role)))
                {
                    // Arguments naming A's records, as B: the answer must show none of A.
                    var result = await connection.InvokeCoreAsync(rule.Name, typeof(JsonElement), rule.Arguments(new RequestContext(_world.Caller(_world.B, role), _world.A, 0)));
                    var text = JsonSerializer.Serialize(result);
                    leaks.AddRange(SecurityWorld.Secrets(_world.A).Where(secret => text.Contains(secret, StringComparison.OrdinalIgnoreCase)).Select(secret => $"{rule.Name} as {role} of B shows A's {secret}"));
                }
            }
        }
        finally
        {
            foreach (var (_, connection, _) in outsiders) await connection.DisposeAsync();
        }
        Assert.True(leaks.Count == 0, string.Join('\n', leaks));
    }

    private static IReadOnlyList<HubMethodRule> Rules()
    {
        var methods = OperationCatalog.HubMethods().Select(method => method.Name).ToList();
        var missing = methods.Where(name => OperationTable.HubMethods.All(rule => rule.Name != name)).ToList();
        Assert.True(missing.Count == 0, OperationTable.MissingRuleMessage(missing.Select(name => $"hub method {name}")));
        return [.. OperationTable.HubMethods.Where(rule => methods.Contains(rule.Name))];
    }

    private async Task PostPositionAsync(TestCompany company)
    {
        using var device = company == _world.A ? _world.Caller(company, CallerRole.Device).NewClient() : LoopbackClients.Create(silo.BaseAddress, deviceToken: company.Vehicles[0].DeviceToken);
        using var response = await device.PostAsync("/api/locations", new StringContent(
            JsonSerializer.Serialize(new { timestamp = DateTimeOffset.UtcNow, latitude = 52.0, longitude = -1.0 }), Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + PushWait;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("No push arrived in time");
            await Task.Delay(50);
        }
    }

    /// <summary>Wrong argument counts and types, hostile strings, methods that are not hub methods.</summary>
    private static IEnumerable<(string Name, string Target, object?[] Args)> HostileInvocations(string method)
    {
        yield return ("NUL argument", method, ["\0"]);
        yield return ("extra arguments", method, [1, "two", null]);
        yield return ("huge number", method, [decimal.MaxValue]);
        yield return ("nested object", method, [new { a = new { b = new[] { 1, 2 } } }]);
        yield return ("SQL", method, [HostileValues.Sql]);
        yield return ("script", method, [HostileValues.Script]);
        yield return ("year 9999", method, [DateTimeOffset.MaxValue]);
        yield return ("unknown method", "DropEverything", []);
        yield return ("NUL in method name", method + "\0", []);
        yield return ("lifecycle method", "OnConnectedAsync", []);
        yield return ("disposal", "Dispose", []);
    }

    private static IEnumerable<(string Name, bool AfterHandshake, byte[] Bytes)> RawFrames()
    {
        const char rs = HubClients.RecordSeparator;
        static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
        yield return ("handshake garbage", false, Utf8("garbage" + rs));
        yield return ("handshake unknown protocol", false, Utf8("{\"protocol\":\"no-such\",\"version\":1}" + rs));
        yield return ("handshake future version", false, Utf8("{\"protocol\":\"json\",\"version\":999}" + rs));
        yield return ("handshake truncated", false, Utf8("{\"protocol\":" + rs));
        yield return ("handshake NUL", false, Utf8("{\"protocol\":\"json\0\",\"version\":1}" + rs));
        yield return ("handshake invalid UTF-8", false, [.. Utf8("{\"protocol\":\""), 0xC3, 0x28, .. Utf8("\",\"version\":1}" + rs)]);
        yield return ("handshake oversized", false, Utf8(new string(' ', 200_000)));
        yield return ("malformed JSON", true, Utf8("{" + rs));
        yield return ("JSON null", true, Utf8("null" + rs));
        yield return ("unknown type", true, Utf8("{\"type\":99}" + rs));
        yield return ("wrong argument count", true, Utf8("{\"type\":1,\"invocationId\":\"1\",\"target\":\"GetSnapshot\",\"arguments\":[1,2]}" + rs));
        yield return ("arguments not an array", true, Utf8("{\"type\":1,\"invocationId\":\"1\",\"target\":\"GetSnapshot\",\"arguments\":\"x\"}" + rs));
        yield return ("NaN argument", true, Utf8("{\"type\":1,\"invocationId\":\"1\",\"target\":\"GetSnapshot\",\"arguments\":[NaN]}" + rs));
        yield return ("NUL target", true, Utf8("{\"type\":1,\"invocationId\":\"1\",\"target\":\"Get\\u0000Snapshot\",\"arguments\":[]}" + rs));
        yield return ("lifecycle target", true, Utf8("{\"type\":1,\"invocationId\":\"1\",\"target\":\"OnDisconnectedAsync\",\"arguments\":[null]}" + rs));
        yield return ("stream of a non-stream method", true, Utf8("{\"type\":4,\"invocationId\":\"1\",\"target\":\"GetSnapshot\",\"arguments\":[]}" + rs));
        yield return ("cancel unknown invocation", true, Utf8("{\"type\":5,\"invocationId\":\"nope\"}" + rs));
        yield return ("completion from client", true, Utf8("{\"type\":3,\"invocationId\":\"1\",\"result\":1}" + rs));
        yield return ("duplicate keys", true, Utf8("{\"type\":1,\"type\":6,\"invocationId\":\"1\",\"target\":\"GetSnapshot\",\"arguments\":[]}" + rs));
        yield return ("deep nesting", true, Utf8("{\"type\":1,\"invocationId\":\"1\",\"target\":\"GetSnapshot\",\"arguments\":[" + new string('[', 5000) + new string(']', 5000) + "]}" + rs));
        yield return ("invalid UTF-8", true, [.. Utf8("{\"type\":1,\"invocationId\":\""), 0xFF, 0xFE, .. Utf8("\",\"target\":\"GetSnapshot\",\"arguments\":[]}" + rs)]);
        yield return ("huge invocation id", true, Utf8("{\"type\":1,\"invocationId\":\"" + new string('9', 60_000) + "\",\"target\":\"GetSnapshot\",\"arguments\":[]}" + rs));
        yield return ("oversized message", true, Utf8("{\"type\":1,\"target\":\"GetSnapshot\",\"arguments\":[\"" + new string('x', 200_000) + "\"]}" + rs));
        yield return ("no record separator", true, Utf8("{\"type\":1,\"invocationId\":\"1\",\"target\":\"GetSnapshot\",\"arguments\":[]}"));
    }
}
