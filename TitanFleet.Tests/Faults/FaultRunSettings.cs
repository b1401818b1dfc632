using System.Globalization;

namespace TitanFleet.Tests.Faults;

/// <summary>
/// How long and how hard a scenario runs. The suite's fast form uses the defaults (a few seconds a
/// scenario); loadtest/faults/run.sh sets the TITANFLEET_FAULTS_* variables for the long form.
/// </summary>
public sealed record FaultRunSettings(int Vehicles, TimeSpan Interval, TimeSpan LoadPhase, TimeSpan Outage, int DashboardsPerSilo)
{
    public static FaultRunSettings FromEnvironment() => new(
        Vehicles: (int)Read("TITANFLEET_FAULTS_VEHICLES", 24),
        Interval: TimeSpan.FromSeconds(Read("TITANFLEET_FAULTS_INTERVAL_SECONDS", 0.5)),
        LoadPhase: TimeSpan.FromSeconds(Read("TITANFLEET_FAULTS_LOAD_SECONDS", 3)),
        Outage: TimeSpan.FromSeconds(Read("TITANFLEET_FAULTS_OUTAGE_SECONDS", 4)),
        DashboardsPerSilo: (int)Read("TITANFLEET_FAULTS_DASHBOARDS_PER_SILO", 2));

    /// <summary>Where the long form appends each scenario's figures (markdown rows), if set.</summary>
    public static string? ReportPath => Environment.GetEnvironmentVariable("TITANFLEET_FAULTS_REPORT") is { Length: > 0 } path ? path : null;

    private static double Read(string name, double fallback) =>
        double.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
