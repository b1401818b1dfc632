namespace TitanFleet.Silo.Database;

/// <summary>How long the event history (fleet_events) is kept: whole months, dropped a partition at a time once wholly older.</summary>
public sealed class EventRetentionOptions
{
    public const string Section = "Events";

    /// <summary>Months of fleet events kept (DOMAIN.md keeps defect and check records 15 months; the events about them as long).</summary>
    public int RetentionMonths { get; set; } = 15;
}
