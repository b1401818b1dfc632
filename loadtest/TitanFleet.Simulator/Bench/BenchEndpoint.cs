namespace TitanFleet.Simulator.Bench;

/// <summary>An endpoint under benchmark: how to build its n-th request, or why it is not measured yet.</summary>
public sealed record BenchEndpoint(string Name, Func<int, HttpRequestMessage>? Build, string? NotYet = null);
