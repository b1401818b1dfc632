using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Rollups;

/// <summary>The statements that keep vehicle_daily_rollups (sql/0140) in step with location_history.</summary>
public static class VehicleRollupQueries
{
    /// <summary>Advisory-lock namespace of the per-vehicle rollup locks (issue 13).</summary>
    public const int LockNamespace = 13;

    /// <summary>
    /// Serialises rollup writers per vehicle for the rest of the transaction; keys are taken in
    /// ascending order so two writers never wait for each other in a cycle.
    /// </summary>
    public static readonly NamedQuery LockVehicles = new("rollups.lock-vehicles", """
        SELECT pg_advisory_xact_lock(@namespace, s.k)
        FROM (SELECT DISTINCT k FROM unnest(@keys::integer[]) AS k ORDER BY k) AS s
        """);

    /// <summary>Each vehicle's newest fix folded into a rollup: its latest day's last fix (primary key, read backwards, one row).</summary>
    public static readonly NamedQuery Tails = new("rollups.vehicle-tails", """
        SELECT v.vehicle_id, r.last_fix_at, r.last_latitude, r.last_longitude
        FROM unnest(@company_id::uuid[], @vehicle_id::uuid[]) AS v(company_id, vehicle_id)
        CROSS JOIN LATERAL (
            SELECT d.last_fix_at, d.last_latitude, d.last_longitude
            FROM vehicle_daily_rollups d
            WHERE d.company_id = v.company_id AND d.vehicle_id = v.vehicle_id AND d.last_fix_at IS NOT NULL
            ORDER BY d.day DESC
            LIMIT 1) AS r
        """);

    /// <summary>The day rows as arrays, one element per (vehicle, day), named u; every upsert below reads them alike.</summary>
    private const string DayRows = """
        unnest(@company_id::uuid[], @vehicle_id::uuid[], @day::date[], @fix_count::integer[], @distance_m::double precision[],
               @moving_seconds::integer[], @idle_seconds::integer[], @max_speed_kmh::double precision[],
               @first_fix_at::timestamptz[], @first_latitude::double precision[], @first_longitude::double precision[],
               @last_fix_at::timestamptz[], @last_latitude::double precision[], @last_longitude::double precision[])
            AS u(company_id, vehicle_id, day, fix_count, distance_m, moving_seconds, idle_seconds, max_speed_kmh,
                 first_fix_at, first_latitude, first_longitude, last_fix_at, last_latitude, last_longitude)
        """;

    /// <summary>Inserts u's rows as new days; the statement goes on with the FROM that supplies u.</summary>
    private const string InsertDays = """
        INSERT INTO vehicle_daily_rollups AS r
            (company_id, vehicle_id, day, fix_count, distance_m, moving_seconds, idle_seconds, max_speed_kmh,
             first_fix_at, first_latitude, first_longitude, last_fix_at, last_latitude, last_longitude, updated_at)
        SELECT u.company_id, u.vehicle_id, u.day, u.fix_count, u.distance_m, u.moving_seconds, u.idle_seconds, u.max_speed_kmh,
               u.first_fix_at, u.first_latitude, u.first_longitude, u.last_fix_at, u.last_latitude, u.last_longitude, now()
        """;

    /// <summary>
    /// Both whole-day upserts insert the rows alike and differ only in how a day already stored takes
    /// them (the SET clause that follows).
    /// </summary>
    private const string UpsertDays = $"""
        {InsertDays}
        FROM {DayRows}
        ORDER BY u.vehicle_id, u.day
        ON CONFLICT (company_id, vehicle_id, day) DO UPDATE SET
        """;

    /// <summary>A stored day r's counts, sums and maximum grown by the same columns of <paramref name="source"/>.</summary>
    private static string AddTotals(string source) => $"""
        fix_count = r.fix_count + {source}.fix_count,
        distance_m = r.distance_m + {source}.distance_m,
        moving_seconds = r.moving_seconds + {source}.moving_seconds,
        idle_seconds = r.idle_seconds + {source}.idle_seconds,
        max_speed_kmh = GREATEST(r.max_speed_kmh, {source}.max_speed_kmh),
        """;

    /// <summary>The proposed row's first or last fix (<paramref name="end"/>) taken as it is.</summary>
    private static string TakeFix(string end) => $"""
        {end}_fix_at = excluded.{end}_fix_at,
        {end}_latitude = excluded.{end}_latitude,
        {end}_longitude = excluded.{end}_longitude,
        """;

    /// <summary>Adds in-order fixes' totals to their days: counts and sums add, the first fix stays, the last moves on.</summary>
    public static readonly NamedQuery AddDeltas = new("rollups.vehicle-add-deltas", $"""
        {UpsertDays}
        {AddTotals("excluded")}
            first_fix_at = COALESCE(r.first_fix_at, excluded.first_fix_at),
            first_latitude = CASE WHEN r.first_fix_at IS NULL THEN excluded.first_latitude ELSE r.first_latitude END,
            first_longitude = CASE WHEN r.first_fix_at IS NULL THEN excluded.first_longitude ELSE r.first_longitude END,
        {TakeFix("last")}
            updated_at = now()
        """);

    /// <summary>Sets days' fix-derived columns to recomputed totals (the event counts are the event sink's and stay).</summary>
    public static readonly NamedQuery ReplaceDays = new("rollups.vehicle-replace-days", $"""
        {UpsertDays}
            fix_count = excluded.fix_count,
            distance_m = excluded.distance_m,
            moving_seconds = excluded.moving_seconds,
            idle_seconds = excluded.idle_seconds,
            max_speed_kmh = excluded.max_speed_kmh,
        {TakeFix("first")}
        {TakeFix("last")}
            updated_at = now()
        """);

    /// <summary>
    /// Adds out-of-order fixes' corrections (<see cref="VehicleDayCorrection"/>) to their days: counts, sums and
    /// seconds add, the maximum grows, and the first and last fix move only where the correction names one.
    /// A correction can be negative (an interval taken out) only on a day that already has fixes, so existing
    /// rows are updated first and only the others inserted: PostgreSQL checks an INSERT's proposed row
    /// against ck_vehicle_daily_rollups_counts before it looks for the conflict.
    /// </summary>
    public static readonly NamedQuery AddCorrections = new("rollups.vehicle-add-corrections", $"""
        WITH u AS (
            SELECT * FROM {DayRows}
        ), updated AS (
            UPDATE vehicle_daily_rollups AS r SET
        {AddTotals("u")}
                first_fix_at = COALESCE(u.first_fix_at, r.first_fix_at),
                first_latitude = CASE WHEN u.first_fix_at IS NULL THEN r.first_latitude ELSE u.first_latitude END,
                first_longitude = CASE WHEN u.first_fix_at IS NULL THEN r.first_longitude ELSE u.first_longitude END,
                last_fix_at = COALESCE(u.last_fix_at, r.last_fix_at),
                last_latitude = CASE WHEN u.last_fix_at IS NULL THEN r.last_latitude ELSE u.last_latitude END,
                last_longitude = CASE WHEN u.last_fix_at IS NULL THEN r.last_longitude ELSE u.last_longitude END,
                updated_at = now()
            FROM u
            WHERE r.company_id = u.company_id AND r.vehicle_id = u.vehicle_id AND r.day = u.day
            RETURNING r.vehicle_id, r.day
        )
        {InsertDays}
        FROM u
        WHERE NOT EXISTS (SELECT 1 FROM updated d WHERE d.vehicle_id = u.vehicle_id AND d.day = u.day)
        ORDER BY u.vehicle_id, u.day
        -- A day the event sink created meanwhile holds no fixes, so the new day's totals simply add to it.
        ON CONFLICT (company_id, vehicle_id, day) DO UPDATE SET
        {AddTotals("excluded")}
        {TakeFix("first")}
        {TakeFix("last")}
            updated_at = now()
        """);

    /// <summary>
    /// Each given stored fix's neighbours in history, the fix just before and just after it (two probes of the
    /// primary key each; the redundant fix_time bounds let PostgreSQL skip the partitions on the far side).
    /// </summary>
    public static readonly NamedQuery Neighbours = new("rollups.history-neighbours", """
        SELECT n.ord,
               b.fix_time, b.source_id, b.latitude, b.longitude, b.speed_kmh,
               a.fix_time, a.source_id, a.latitude, a.longitude, a.speed_kmh
        FROM unnest(@vehicle_id::uuid[], @fix_time::timestamptz[], @source_id::uuid[]) WITH ORDINALITY AS n(vehicle_id, fix_time, source_id, ord)
        LEFT JOIN LATERAL (
            SELECT h.fix_time, h.source_id, h.latitude, h.longitude, h.speed_kmh
            FROM location_history h
            WHERE h.vehicle_id = n.vehicle_id AND h.fix_time <= n.fix_time AND (h.fix_time, h.source_id) < (n.fix_time, n.source_id)
            ORDER BY h.fix_time DESC, h.source_id DESC
            LIMIT 1) AS b ON true
        LEFT JOIN LATERAL (
            SELECT h.fix_time, h.source_id, h.latitude, h.longitude, h.speed_kmh
            FROM location_history h
            WHERE h.vehicle_id = n.vehicle_id AND h.fix_time >= n.fix_time AND (h.fix_time, h.source_id) > (n.fix_time, n.source_id)
            ORDER BY h.fix_time, h.source_id
            LIMIT 1) AS a ON true
        """);

    /// <summary>The stored fix just before an instant (history primary key, read backwards).</summary>
    public static readonly NamedQuery FixBefore = new("rollups.history-fix-before", """
        SELECT fix_time, source_id, latitude, longitude, speed_kmh
        FROM location_history
        WHERE vehicle_id = @vehicle AND fix_time < @before
        ORDER BY fix_time DESC, source_id DESC
        LIMIT 1
        """);

    /// <summary>A vehicle's fixes in [from, to) in fold order: one range scan of the history primary key.</summary>
    public static readonly NamedQuery FixesBetween = new("rollups.history-fixes-between", """
        SELECT fix_time, source_id, latitude, longitude, speed_kmh
        FROM location_history
        WHERE vehicle_id = @vehicle AND fix_time >= @from AND fix_time < @to
        ORDER BY fix_time, source_id
        """);

    /// <summary>Clears the fix-derived columns of a vehicle's days in a range before the rebuild writes them again.</summary>
    public static readonly NamedQuery ClearFixColumns = new("rollups.vehicle-clear-days", """
        UPDATE vehicle_daily_rollups
        SET fix_count = 0, distance_m = 0, moving_seconds = 0, idle_seconds = 0, max_speed_kmh = NULL,
            first_fix_at = NULL, first_latitude = NULL, first_longitude = NULL,
            last_fix_at = NULL, last_latitude = NULL, last_longitude = NULL, updated_at = now()
        WHERE company_id = @company AND vehicle_id = @vehicle AND day >= @from AND day <= @to
        """);
}
