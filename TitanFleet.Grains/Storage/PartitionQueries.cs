namespace TitanFleet.Grains.Storage;

/// <summary>The monthly-partition upkeep of sql/0155, shared by the silo's periodic upkeep and the writers that meet a missing month.</summary>
public static class PartitionQueries
{
    /// <summary>Serialises the upkeep across silos: two creating or dropping one partition would collide.</summary>
    public static readonly NamedQuery Lock = new("partitions.lock", "SELECT pg_advisory_xact_lock(@key)");

    /// <summary>Creates the table's missing months from @from to @to; returns how many it created.</summary>
    public static readonly NamedQuery Ensure = new("partitions.ensure", "SELECT ensure_monthly_partitions(@table::regclass, @from, @to)");

    /// <summary>Detaches and drops the table's months wholly before @cutoff (never younger than its minimum retention); returns how many.</summary>
    public static readonly NamedQuery DropBefore = new("partitions.drop_before", "SELECT drop_monthly_partitions_before(@table::regclass, @cutoff)");
}
