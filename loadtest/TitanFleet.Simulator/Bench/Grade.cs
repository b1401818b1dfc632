namespace TitanFleet.Simulator.Bench;

/// <summary>
/// The benchmark's grade bands, on p95 latency of sequential requests: A+ under 10 ms, A under 25,
/// B under 50, C under 100, D under 200, F at 200 ms or more.
/// </summary>
public static class Grade
{
    public static readonly IReadOnlyList<(string Grade, double BelowMs)> Bands =
        [("A+", 10), ("A", 25), ("B", 50), ("C", 100), ("D", 200)];

    public static string ForP95(double p95Ms, long errors) =>
        errors > 0 ? "F" : Bands.FirstOrDefault(band => p95Ms < band.BelowMs).Grade ?? "F";
}
