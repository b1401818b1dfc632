namespace TitanFleet.Simulator.Metrics;

/// <summary>One line of a run report: an operation's totals, rates and latency.</summary>
public sealed record OperationRow(
    string Name,
    long Requests,
    long Items,
    long Errors,
    double ErrorRate,
    double RequestsPerSecond,
    double ItemsPerSecond,
    LatencySummary LatencyMs,
    IReadOnlyDictionary<string, long> ErrorKinds);
