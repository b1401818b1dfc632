using System.Diagnostics.Metrics;

namespace TitanFleet.Grains.Telemetry;

/// <summary>The one meter behind every Titan Fleet instrument (ingestion, push, hub), exported as TitanFleet.Telemetry.</summary>
public static class FleetMeter
{
    public const string Name = "TitanFleet.Telemetry";

    public static readonly Meter Instance = new(Name);
}
