namespace TitanFleet.Api.Reports;

/// <summary>
/// One column of a report: its name (the JSON property and the CSV header) and its value for a row: text,
/// a number, a boolean, a date, a time, an id, or null.
/// </summary>
public sealed record ReportColumn<TRow>(string Name, Func<TRow, object?> Value);
