using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Security;

/// <summary>The expectations table and the running silo agree: every operation and hub method has a row, and no row describes something gone.</summary>
[Collection(InProcessSiloCollection.Name)]
public sealed class OperationTableTests(InProcessSiloFixture silo)
{
    [Fact]
    public void Rules_EveryMappedOperation_HasARowWithEveryRouteValueMapped()
    {
        var operations = OperationCatalog.Operations(silo.Services);

        var missing = operations.Where(operation => OperationTable.Find(operation) is null).Select(operation => operation.Key).ToList();
        Assert.True(missing.Count == 0, OperationTable.MissingRuleMessage(missing));
        var unmapped = operations.SelectMany(operation => ValidCall.UnmappedRouteParameters(operation, OperationTable.Find(operation)!)).ToList();
        Assert.True(unmapped.Count == 0, OperationTable.MissingRuleMessage(unmapped));
        var stale = OperationTable.Rules.Select(rule => rule.Key).Except(operations.Select(operation => operation.Key)).ToList();
        Assert.True(stale.Count == 0, $"Rows in OperationTable.cs for operations the silo no longer maps (remove or rename them): {string.Join(", ", stale)}");
        Assert.Equal(OperationTable.Rules.Count, OperationTable.Rules.Select(rule => rule.Key).Distinct().Count());
    }

    [Fact]
    public void HubMethods_EveryPublicHubMethod_HasARow()
    {
        var methods = OperationCatalog.HubMethods().Select(method => method.Name).ToList();
        Assert.NotEmpty(methods);

        var missing = methods.Except(OperationTable.HubMethods.Select(rule => rule.Name)).ToList();
        Assert.True(missing.Count == 0, OperationTable.MissingRuleMessage(missing.Select(name => $"hub method {name}")));
        var stale = OperationTable.HubMethods.Select(rule => rule.Name).Except(methods).ToList();
        Assert.True(stale.Count == 0, $"Rows in OperationTable.HubMethods for methods FleetHub no longer has: {string.Join(", ", stale)}");
    }
}
