namespace TitanFleet.Simulator.Plan;

/// <summary>One of the spec's weighted user journeys; <see cref="RunAsync"/> is null while its endpoints do not exist yet.</summary>
public sealed record Scenario(string Name, int Weight, Func<ScenarioContext, CancellationToken, Task>? RunAsync)
{
    public bool Available => RunAsync is not null;
}
