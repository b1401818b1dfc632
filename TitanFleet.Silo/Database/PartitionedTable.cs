namespace TitanFleet.Silo.Database;

/// <summary>
/// A table partitioned by month (registered in sql/0155's monthly_partitioned_tables), whose retention
/// is the setting <c>{Section}:RetentionMonths</c>. The minimum matches the one the database enforces.
/// </summary>
public sealed record PartitionedTable(string Name, string Section, int DefaultRetentionMonths, int MinimumRetentionMonths)
{
    public const int MaxRetentionMonths = 120;

    /// <summary>Location history (DOMAIN.md: configurable, default 15 months).</summary>
    public static readonly PartitionedTable LocationHistory = new("location_history", "History", 15, 2);

    /// <summary>Fleet events (DOMAIN.md keeps defect and check records 15 months; the events about them as long).</summary>
    public static readonly PartitionedTable FleetEvents = new("fleet_events", "Events", 15, 2);

    /// <summary>The audit log: the trail of changes to working-time records, which DOMAIN.md keeps 2 years.</summary>
    public static readonly PartitionedTable AuditLog = new("audit_log", "Audit", 24, 24);

    /// <summary>Notifications: a person's inbox of recent events, not a record DOMAIN.md asks to keep (the events themselves are).</summary>
    public static readonly PartitionedTable Notifications = new("notifications", "Notifications", 6, 1);

    public static IReadOnlyList<PartitionedTable> All { get; } = [LocationHistory, FleetEvents, AuditLog, Notifications];

    public static PartitionedTable? Find(string? name) => All.FirstOrDefault(table => table.Name == name);
}
