using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TitanFleet.Simulator.Metrics;

/// <summary>What a run measured, printed as a table and optionally written as JSON.</summary>
public sealed record RunReport(
    string Mode,
    DateTimeOffset StartedAt,
    double DurationSeconds,
    IReadOnlyDictionary<string, string> Settings,
    IReadOnlyList<OperationRow> Operations,
    IReadOnlyList<string> Notes)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string ToTable()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Mode}: {DurationSeconds:F1} s from {StartedAt:u}; {string.Join(", ", Settings.Select(s => $"{s.Key}={s.Value}"))}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{"operation",-24} {"requests",9} {"items",10} {"errors",7} {"err %",6} {"req/s",9} {"items/s",10} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8}");
        foreach (var row in Operations)
        {
            var l = row.LatencyMs;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{row.Name,-24} {row.Requests,9} {row.Items,10} {row.Errors,7} {row.ErrorRate * 100,6:F2} {row.RequestsPerSecond,9:F0} {row.ItemsPerSecond,10:F0} {l.Median,8:F1} {l.P95,8:F1} {l.P99,8:F1} {l.Max,8:F1}");
            foreach (var (kind, count) in row.ErrorKinds) text.AppendLine(CultureInfo.InvariantCulture, $"{"",26}error {kind}: {count}");
        }
        foreach (var note in Notes) text.AppendLine("note: " + note);
        return text.ToString();
    }

    public async Task WriteJsonAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, this, Json, cancellationToken);
    }
}
