using TitanFleet.Tests.Fixtures;
using Xunit.Abstractions;

namespace TitanFleet.Tests.Security;

/// <summary>
/// Company B never reaches company A: every operation whose route names a company record answers
/// B's users 404 (not 403) for A's record while answering them normally for B's own, and no answer
/// B gets from any operation carries one of A's ids or emails.
/// </summary>
[Collection(InProcessSiloCollection.Name)]
public sealed class IsolationMatrixTests(InProcessSiloFixture silo, ITestOutputHelper output) : IAsyncLifetime
{
    private SecurityWorld _world = null!;

    public async Task InitializeAsync() => _world = await SecurityWorld.ForAsync(silo);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task EveryRecordRoute_OtherCompanysRecord_NotFoundLikeAMissingOne()
    {
        var operations = OperationCatalog.Operations(silo.Services);
        var missing = operations.Where(operation => OperationTable.Find(operation) is null).Select(operation => operation.Key).ToList();
        Assert.True(missing.Count == 0, OperationTable.MissingRuleMessage(missing));

        var wrong = new List<string>();
        var cases = 0;
        var sequence = 0;
        foreach (var operation in operations)
        {
            var rule = OperationTable.Find(operation)!;
            if (!operation.RouteParameters.Any(name => rule.Route[name].IsCompanyRecord)) continue;
            foreach (var role in rule.Allowed)
            {
                var outsider = rule.EndsSession ? await _world.NewCallerAsync(_world.B, role) : _world.Caller(_world.B, role);
                var theirs = await FuzzRunner.SendAsync(outsider, ValidCall.Build(operation, rule, new RequestContext(outsider, _world.A, ++sequence)));
                var own = await FuzzRunner.SendAsync(outsider, ValidCall.Build(operation, rule, new RequestContext(outsider, _world.B, ++sequence)));
                cases += 2;
                if (theirs.Status != 404) wrong.Add($"{operation.Key} as {role} of B for A's record: expected 404, got {theirs.Status}");
                if (LeakedSecret(theirs.Body) is { } leaked) wrong.Add($"{operation.Key} as {role} of B for A's record: answer shows A's {leaked}");
                // The control: the same request for B's own record works, so the 404 above is about ownership, not a broken request.
                if (!ValidCall.Succeeded(rule, own.Status)) wrong.Add($"{operation.Key} as {role} of B for B's own record: expected success, got {own.Status}");
            }
        }
        SecurityReport.Record(output, "isolation (routes)", SecurityReport.Row("isolation (routes)", cases, 0, 0, 0));

        Assert.True(cases > 0, "No operation names a company record in its route: check OperationTable's RouteValue entries");
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Fact]
    public async Task EveryOperation_OtherCompanysUser_AnswerCarriesNoneOfTheirIds()
    {
        var operations = OperationCatalog.Operations(silo.Services);
        var leaks = new List<string>();
        var sequence = 0;
        foreach (var operation in operations)
        {
            var rule = OperationTable.Find(operation);
            if (rule is null) continue; // OperationTableTests names the missing row
            foreach (var role in CallerRoles.All)
            {
                var outsider = rule.EndsSession ? await _world.NewCallerAsync(_world.B, role) : _world.Caller(_world.B, role);
                var outcome = await FuzzRunner.SendAsync(outsider, ValidCall.Build(operation, rule, new RequestContext(outsider, _world.B, ++sequence)));
                if (LeakedSecret(outcome.Body) is { } leaked) leaks.Add($"{operation.Key} as {role} of B: answer shows A's {leaked}");
            }
        }

        Assert.True(leaks.Count == 0, string.Join('\n', leaks));
    }

    private string? LeakedSecret(string body) => SecurityWorld.Secrets(_world.A).FirstOrDefault(secret => body.Contains(secret, StringComparison.OrdinalIgnoreCase));
}
