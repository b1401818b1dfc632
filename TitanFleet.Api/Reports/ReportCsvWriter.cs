using System.Globalization;
using System.Text;

namespace TitanFleet.Api.Reports;

/// <summary>
/// Writes a report as CSV (RFC 4180, UTF-8, CRLF), one row as each arrives, handing the bytes on every
/// <see cref="FlushEvery"/> rows so the download starts at once and memory stays flat however long the range.
/// Text that a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an apostrophe.
/// </summary>
public static class ReportCsvWriter
{
    public const int FlushEvery = 200;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task WriteAsync<TRow>(ReportLayout<TRow> layout, IAsyncEnumerable<TRow> rows, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, Utf8NoBom, bufferSize: 16 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', layout.Columns.Select(column => column.Name)));
        var totals = layout.Totals?.Invoke();
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            totals?.Add(row);
            await writer.WriteLineAsync(Line(layout.Columns.Select(column => column.Value(row))));
            if (++count % FlushEvery == 0) await writer.FlushAsync(cancellationToken);
        }
        if (totals is not null)
        {
            var values = totals.Values.ToDictionary(value => value.Column, value => value.Value);
            await writer.WriteLineAsync(Line(layout.Columns.Select((column, index) => index == 0 ? "total" : values.GetValueOrDefault(column.Name))));
        }
        await writer.FlushAsync(cancellationToken);
    }

    private static string Line(IEnumerable<object?> values) => string.Join(',', values.Select(Field));

    private static string Field(object? value) => value switch
    {
        null => "",
        string text => Quote(text),
        bool flag => flag ? "true" : "false",
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => Quote(value.ToString() ?? ""),
    };

    private static string Quote(string text)
    {
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r') text = "'" + text;
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
