using TitanFleet.Simulator.Cli;

namespace TitanFleet.Simulator.Demo;

/// <summary>
/// The demo driver's shift: which demo vehicle (0: none), how long each drive and the break between
/// them last, and how long to wait after a failed step before trying again.
/// </summary>
public sealed record DemoShiftOptions(int VehicleIndex, TimeSpan Drive, TimeSpan Break, TimeSpan RetryPause)
{
    public static DemoShiftOptions From(SimulatorArgs args, int vehicles) => new(
        VehicleIndex: args.Int("shift-vehicle", Math.Min(2, vehicles), 0, vehicles),
        Drive: args.Duration("shift-drive", TimeSpan.FromMinutes(10), TimeSpan.FromSeconds(1)),
        Break: args.Duration("shift-break", TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(1)),
        RetryPause: TimeSpan.FromSeconds(15));
}
