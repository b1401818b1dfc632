using TitanFleet.Tests.Fixtures;
using Xunit.Abstractions;

namespace TitanFleet.Tests.Security;

/// <summary>Every role times every operation answers as OperationTable says: allowed roles succeed with a valid request, the others get 401 or 403.</summary>
[Collection(InProcessSiloCollection.Name)]
public sealed class RoleMatrixTests(InProcessSiloFixture silo, ITestOutputHelper output) : IAsyncLifetime
{
    private SecurityWorld _world = null!;

    public async Task InitializeAsync() => _world = await SecurityWorld.ForAsync(silo);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task EveryOperation_EveryRole_AnswersAsTheTableSays()
    {
        var operations = OperationCatalog.Operations(silo.Services);
        var missing = operations.Where(operation => OperationTable.Find(operation) is null).Select(operation => operation.Key).ToList();
        Assert.True(missing.Count == 0, OperationTable.MissingRuleMessage(missing));

        var wrong = new List<string>();
        var serverErrors = 0;
        var sequence = 0;
        foreach (var operation in operations)
        {
            var rule = OperationTable.Find(operation)!;
            foreach (var role in CallerRoles.All)
            {
                var caller = rule.EndsSession ? await _world.NewCallerAsync(_world.A, role) : _world.Caller(_world.A, role);
                var outcome = await FuzzRunner.SendAsync(caller, ValidCall.Build(operation, rule, new RequestContext(caller, _world.A, ++sequence)));
                if (outcome.Status is >= 500 or 0) serverErrors++;
                var allowed = rule.IsAllowed(role);
                var right = allowed ? ValidCall.Succeeded(rule, outcome.Status) : ValidCall.Denied(role, outcome.Status);
                output.WriteLine($"{operation.Key,-45} {role,-9} {(allowed ? "allowed" : "denied"),-7} {outcome.Status}");
                if (!right) wrong.Add($"{operation.Key} as {role}: expected {(allowed ? rule.AllowedStatus?.ToString() ?? "2xx" : role == CallerRole.Anonymous ? "401" : "403")}, got {outcome.Status} {outcome.Body[..Math.Min(200, outcome.Body.Length)]}");
            }
        }
        SecurityReport.Record(output, "role matrix", SecurityReport.Row("role matrix", operations.Count * CallerRoles.All.Length, serverErrors, 0, 0));

        Assert.True(wrong.Count == 0, $"Answers that differ from OperationTable.cs:\n{string.Join('\n', wrong)}");
    }
}
