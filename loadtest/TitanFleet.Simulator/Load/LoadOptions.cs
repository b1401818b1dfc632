using TitanFleet.Simulator.Cli;

namespace TitanFleet.Simulator.Load;

/// <summary>
/// A load run: <see cref="Vehicles"/> demo devices (indexes First..First+Vehicles-1) each posting every
/// <see cref="Interval"/> (open model), or, with an interval of zero, <see cref="Connections"/> loops
/// posting back to back (closed model, for throughput ceilings).
/// </summary>
public sealed record LoadOptions(
    CommonOptions Common,
    PostMode Mode,
    int Vehicles,
    int First,
    TimeSpan Interval,
    int BatchSize,
    int Connections,
    int Dashboards,
    TimeSpan Warmup)
{
    public static LoadOptions From(SimulatorArgs args) => new(
        CommonOptions.From(args, defaultSeconds: 30),
        Enum.Parse<PostMode>(args.Text("mode", "single"), ignoreCase: true),
        args.Int("vehicles", 1_000, 1, 1_000_000),
        args.Int("first", 1, 1, 1_000_000),
        TimeSpan.FromSeconds(args.Number("interval", 1, 0, 3_600)),
        args.Int("batch-size", 100, 1, 1_000),
        args.Int("connections", 64, 1, 4_096),
        args.Int("dashboards", 0, 0, 1_000),
        TimeSpan.FromSeconds(args.Number("warmup", 5, 0, 600)));
}
