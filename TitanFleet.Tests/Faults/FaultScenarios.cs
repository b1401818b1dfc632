namespace TitanFleet.Tests.Faults;

/// <summary>The fault scenarios run one after another: each starts three or four silo processes, and two cores cannot host two such clusters at once.</summary>
[CollectionDefinition(Name)]
public sealed class FaultScenarios
{
    public const string Name = "fault scenarios";
}
