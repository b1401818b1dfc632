using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Vehicles;

/// <summary>Statements on vehicle_live_state, the snapshot of each vehicle's live state (sql/0165).</summary>
public static class VehicleStateQueries
{
    public static readonly NamedQuery Read = new("vehicle_live_state.read", """
        SELECT state FROM vehicle_live_state WHERE vehicle_id = @vehicle
        """);

    /// <summary>
    /// One statement for a whole group. A row is never replaced by an older one, so a write that
    /// reaches the database late (a former activation's) cannot undo a newer snapshot.
    /// </summary>
    public static readonly NamedQuery UpsertGroup = new("vehicle_live_state.upsert_group", """
        INSERT INTO vehicle_live_state (vehicle_id, state, written_at)
        SELECT * FROM unnest(@vehicles::uuid[], @states::bytea[], @written::timestamptz[])
        ON CONFLICT (vehicle_id) DO UPDATE SET state = excluded.state, written_at = excluded.written_at
        WHERE vehicle_live_state.written_at <= excluded.written_at
        """);
}
