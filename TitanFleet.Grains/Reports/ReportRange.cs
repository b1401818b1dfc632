namespace TitanFleet.Grains.Reports;

/// <summary>A report's days in the company's own calendar, both inclusive.</summary>
public sealed record ReportRange(DateOnly From, DateOnly To)
{
    /// <summary>The longest range a report covers: a year, leap day included.</summary>
    public const int MaxDays = 366;
}
