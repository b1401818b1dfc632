namespace TitanFleet.Simulator.Plan;

/// <summary>The spec's five phases (11 minutes at factor 1); a factor below 1 shortens every phase alike for a quick run.</summary>
public static class LoadPlan
{
    public const string Peak = "peak";

    /// <summary>The phase whose figures the spec quotes on their own (a check submission's p95 "under sustained load").</summary>
    public const string Sustained = "sustained";

    public static IReadOnlyList<LoadPhase> Spec(double factor) =>
    [
        new("warm-up", Seconds(60, factor), 5, 5),
        new("ramp-up", Seconds(120, factor), 5, 50),
        new(Sustained, Seconds(300, factor), 50, 50),
        new(Peak, Seconds(120, factor), 50, 100),
        new("cool-down", Seconds(60, factor), 100, 5),
    ];

    /// <summary>
    /// The peak phase after a 40 s climb to the sustained rate (Artillery's <c>-e peak</c>): about 3 minutes,
    /// so three rounds fit one quiet sitting where the whole plan's 11 minutes do not fit one.
    /// </summary>
    public static IReadOnlyList<LoadPhase> PeakOnly(double factor) =>
    [
        new("warm-up", Seconds(20, factor), 5, 5),
        new("ramp-up", Seconds(20, factor), 5, 50),
        new(Peak, Seconds(120, factor), 50, 100),
    ];

    private static TimeSpan Seconds(double seconds, double factor) => TimeSpan.FromSeconds(Math.Max(1, seconds * factor));
}
