using System.Globalization;
using Xunit.Abstractions;

namespace TitanFleet.Tests.Faults;

/// <summary>One scenario's figures: acknowledged vs stored, attempts by outcome, and named timings.</summary>
public sealed record FaultReport(string Scenario, FaultRunSettings Settings, HistoryAudit History, FaultLedger Ledger, IReadOnlyList<(string Name, string Value)> Figures)
{
    public string ToMarkdownRow()
    {
        var outcomes = string.Join(", ", Ledger.Outcomes.Select(o => $"{o.Key}: {o.Value}"));
        var figures = string.Join("; ", Figures.Select(f => $"{f.Name} {f.Value}"));
        return $"| {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} | {Scenario} | {Settings.Vehicles} × every {Settings.Interval.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s | "
            + $"{History.Acknowledged} | {History.StoredOnce} | {History.Missing} | {History.Duplicated} | {History.StoredUnacknowledged} | {Ledger.GivenUp} | {outcomes} | {figures} |";
    }

    public async Task PublishAsync(ITestOutputHelper output)
    {
        output.WriteLine(ToMarkdownRow());
        if (FaultRunSettings.ReportPath is { } path) await File.AppendAllTextAsync(path, ToMarkdownRow() + Environment.NewLine);
    }

    public static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
}
