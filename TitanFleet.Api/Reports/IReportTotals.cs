namespace TitanFleet.Api.Reports;

/// <summary>
/// Totals a report adds after its rows, gathered while they stream past (so they cost no second query and no
/// held rows). <see cref="Values"/> names a report column for each value, so CSV puts it in that column of
/// a last row marked "total"; JSON writes them as a "totals" object under the same names.
/// </summary>
public interface IReportTotals<in TRow>
{
    void Add(TRow row);

    IReadOnlyList<(string Column, object? Value)> Values { get; }
}
