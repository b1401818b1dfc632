namespace TitanFleet.Api.Reports;

/// <summary>How one report is written out: its name (the file name's start), its columns, and its totals if any.</summary>
public sealed record ReportLayout<TRow>(string Name, IReadOnlyList<ReportColumn<TRow>> Columns, Func<IReportTotals<TRow>>? Totals = null);
