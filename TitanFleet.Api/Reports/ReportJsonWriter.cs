using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using TitanFleet.Grains.Reports;

namespace TitanFleet.Api.Reports;

/// <summary>
/// Writes a report as <c>{ report, from, to, rows: [...], totals? }</c>, streamed like the CSV: each row as
/// it arrives, flushed every <see cref="ReportCsvWriter.FlushEvery"/> rows, so JSON is no more of a memory
/// risk than CSV. Text is escaped as the rest of the API escapes it (&lt;, &gt; and &amp; included).
/// </summary>
public static class ReportJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    public static async Task WriteAsync<TRow>(
        ReportLayout<TRow> layout, ReportRange range, IAsyncEnumerable<TRow> rows, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new Utf8JsonWriter(output, Options);
        writer.WriteStartObject();
        writer.WriteString("report", layout.Name);
        writer.WriteString("from", range.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteString("to", range.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteStartArray("rows");
        var totals = layout.Totals?.Invoke();
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            totals?.Add(row);
            writer.WriteStartObject();
            foreach (var column in layout.Columns) Write(writer, column.Name, column.Value(row));
            writer.WriteEndObject();
            if (++count % ReportCsvWriter.FlushEvery == 0) await writer.FlushAsync(cancellationToken);
        }
        writer.WriteEndArray();
        if (totals is not null)
        {
            writer.WriteStartObject("totals");
            foreach (var (column, value) in totals.Values) Write(writer, column, value);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }

    private static void Write(Utf8JsonWriter writer, string name, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNull(name); break;
            case string text: writer.WriteString(name, text); break;
            case bool flag: writer.WriteBoolean(name, flag); break;
            case int number: writer.WriteNumber(name, number); break;
            case long number: writer.WriteNumber(name, number); break;
            case double number: writer.WriteNumber(name, number); break;
            case Guid id: writer.WriteString(name, id); break;
            case DateOnly day: writer.WriteString(name, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case DateTimeOffset time: writer.WriteString(name, time.ToUniversalTime()); break;
            default: throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "A report column holds a type the writer does not know.");
        }
    }
}
