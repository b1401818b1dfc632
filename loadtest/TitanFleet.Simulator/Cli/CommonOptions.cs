using TitanFleet.Simulator.Http;

namespace TitanFleet.Simulator.Cli;

/// <summary>Options every load mode shares: where the silo is, and the hard limits of the run.</summary>
public sealed record CommonOptions(Uri Url, TimeSpan Duration, long MaxRequests, string? JsonPath)
{
    public static CommonOptions From(SimulatorArgs args, double defaultSeconds) => new(
        Loopback.Require(args.Text("url", "http://127.0.0.1:8090")),
        TimeSpan.FromSeconds(args.Number("duration", defaultSeconds, 1, 3_600)),
        (long)args.Number("max-requests", 50_000_000, 1, 1e9),
        args.OptionalText("json"));
}
