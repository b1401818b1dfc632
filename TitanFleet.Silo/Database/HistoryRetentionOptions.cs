namespace TitanFleet.Silo.Database;

/// <summary>How long location history is kept: whole months, dropped a partition at a time once wholly older.</summary>
public sealed class HistoryRetentionOptions
{
    public const string Section = "History";

    /// <summary>Months of location history kept (DOMAIN.md: configurable, default 15).</summary>
    public int RetentionMonths { get; set; } = 15;
}
