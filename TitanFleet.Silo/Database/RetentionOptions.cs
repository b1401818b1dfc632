namespace TitanFleet.Silo.Database;

/// <summary>
/// How long one partitioned table keeps its rows: whole months, dropped a partition at a time once
/// wholly older. Named options, one per <see cref="PartitionedTable"/> (the name is the table's).
/// </summary>
public sealed class RetentionOptions
{
    public int RetentionMonths { get; set; }
}
