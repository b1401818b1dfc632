-- The 30-day fleet utilisation report over vehicle_daily_rollups, as measured before the reports
-- engineer's endpoint landed: per vehicle distance, hours moving and idle, days used of the days
-- available and the utilisation percentage, plus the fleet's totals (the grouping set ()), in one
-- statement. Parameters: $1 company, $2 first day, $3 day after the last.
SELECT v.id, v.registration,
    coalesce(sum(r.distance_m), 0) / 1000 AS distance_km,
    coalesce(sum(r.moving_seconds), 0) / 3600.0 AS moving_hours,
    coalesce(sum(r.idle_seconds), 0) / 3600.0 AS idle_hours,
    count(r.day) FILTER (WHERE r.moving_seconds > 0) AS days_used,
    ($3::date - $2::date) * count(DISTINCT v.id) AS days_available,
    round(100.0 * count(r.day) FILTER (WHERE r.moving_seconds > 0) / (($3::date - $2::date) * count(DISTINCT v.id)), 1) AS utilisation_pct
FROM vehicles v
LEFT JOIN vehicle_daily_rollups r ON r.company_id = v.company_id AND r.vehicle_id = v.id AND r.day >= $2::date AND r.day < $3::date
WHERE v.company_id = $1::uuid AND v.deleted_at IS NULL
GROUP BY GROUPING SETS ((v.id, v.registration), ())
ORDER BY v.registration NULLS FIRST
