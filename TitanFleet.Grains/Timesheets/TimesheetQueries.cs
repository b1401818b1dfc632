using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Timesheets;

internal static class TimesheetQueries
{
    private const string Select = """
        SELECT t.id, t.company_id, t.driver_id, u.display_name, t.vehicle_id, v.registration, t.started_at, t.ended_at,
               t.start_odometer_km, t.end_odometer_km, t.distance_km, t.driving_seconds, t.other_work_seconds, t.break_seconds,
               t.breaks, t.ended_by, t.version
        FROM timesheets t JOIN users u ON u.id = t.driver_id JOIN vehicles v ON v.id = t.vehicle_id
        """;

    public static readonly NamedQuery Insert = new("timesheets.insert", """
        INSERT INTO timesheets (id, company_id, driver_id, vehicle_id, started_at, ended_at, start_odometer_km, end_odometer_km,
                                driving_seconds, other_work_seconds, break_seconds, breaks, ended_by)
        VALUES (@id, @company, @driver, @vehicle, @started, @ended, @startKm, @endKm, @driving, @otherWork, @break, @breaks, @endedBy)
        ON CONFLICT (id) DO NOTHING
        """);

    public static readonly NamedQuery Reread = new("timesheets.reread", $"{Select} WHERE t.id = @id");

    public static readonly NamedQuery Find = new("timesheets.find", $"{Select} WHERE t.id = @id AND t.company_id = @company");

    public static readonly NamedQuery List = new("timesheets.list", $"""
        {Select}
        WHERE t.company_id = @company
          AND (@driver::uuid IS NULL OR t.driver_id = @driver)
          AND (@vehicle::uuid IS NULL OR t.vehicle_id = @vehicle)
          AND (@from::timestamptz IS NULL OR t.started_at >= @from)
          AND (@to::timestamptz IS NULL OR t.started_at < @to)
          AND (@afterId::uuid IS NULL OR (t.started_at, t.id) < (@afterStarted, @afterId))
        ORDER BY t.started_at DESC, t.id DESC
        LIMIT @limit
        """);

    public static readonly NamedQuery Lock = new("timesheets.lock", $"{Select} WHERE t.id = @id AND t.company_id = @company FOR UPDATE OF t");

    public static readonly NamedQuery Update = new("timesheets.update", """
        UPDATE timesheets SET started_at = @started, ended_at = @ended, start_odometer_km = @startKm, end_odometer_km = @endKm,
            updated_at = now(), version = version + 1
        WHERE id = @id AND company_id = @company
        """);
}
