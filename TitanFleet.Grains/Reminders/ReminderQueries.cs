using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Reminders;

internal static class ReminderQueries
{
    private const string Columns = """
        r.id, r.company_id, r.vehicle_id, r.reminder_type, r.title, r.notes, r.due_date, r.due_mileage_km, r.recur_months, r.recur_weeks, r.recur_km,
        v.registration, r.status, r.escalation_level, r.overdue_since, r.completed_at, r.created_at, r.updated_at, r.version
        """;

    private const string From = "reminders r LEFT JOIN vehicles v ON v.id = r.vehicle_id";

    /// <summary>What a vehicle's records say it has done: the register's mileage or its latest walkaround check's odometer, whichever is higher.</summary>
    private const string OdometerOf = """
        GREATEST(v.mileage_km, (SELECT i.odometer_km FROM inspections i
                                WHERE i.company_id = r.company_id AND i.vehicle_id = r.vehicle_id
                                ORDER BY i.submitted_at DESC, i.id DESC LIMIT 1))
        """;

    private const string SelectById = $"SELECT {Columns} FROM {From} WHERE r.id = @id AND r.company_id = @company AND r.deleted_at IS NULL";

    public static readonly NamedQuery Find = new("reminders.find", SelectById);

    public static readonly NamedQuery Lock = new("reminders.lock", SelectById + " FOR UPDATE OF r");

    public static readonly NamedQuery List = new("reminders.list", $"""
        SELECT {Columns} FROM {From}
        WHERE r.company_id = @company AND r.deleted_at IS NULL
          AND (@vehicle::uuid IS NULL OR r.vehicle_id = @vehicle)
          AND (@type::text IS NULL OR r.reminder_type = @type)
          AND (@status::text IS NULL OR r.status = @status)
          AND (@dueBefore::date IS NULL OR r.due_date <= @dueBefore)
          AND (@afterId::uuid IS NULL
               OR (@afterDue::date IS NULL AND r.due_date IS NULL AND r.id > @afterId)
               OR (@afterDue::date IS NOT NULL AND (r.due_date IS NULL OR (r.due_date, r.id) > (@afterDue, @afterId))))
        ORDER BY r.due_date NULLS LAST, r.id
        LIMIT @limit
        """);

    public static readonly NamedQuery Insert = new("reminders.insert", """
        INSERT INTO reminders (id, company_id, vehicle_id, reminder_type, title, notes, due_date, due_mileage_km, recur_months, recur_weeks, recur_km)
        VALUES (@id, @company, @vehicle, @type, @title, @notes, @dueDate, @dueKm, @months, @weeks, @km)
        """);

    public static readonly NamedQuery OpenTypes = new("reminders.open-types", """
        SELECT DISTINCT reminder_type FROM reminders
        WHERE company_id = @company AND vehicle_id = @vehicle AND deleted_at IS NULL AND status <> 'done'
        """);

    public static readonly NamedQuery Update = new("reminders.update", """
        UPDATE reminders SET vehicle_id = @vehicle, reminder_type = @type, title = @title, notes = @notes, due_date = @dueDate,
            due_mileage_km = @dueKm, recur_months = @months, recur_weeks = @weeks, recur_km = @km,
            overdue_since = CASE WHEN due_mileage_km IS DISTINCT FROM @dueKm OR vehicle_id IS DISTINCT FROM @vehicle THEN NULL ELSE overdue_since END,
            updated_at = now(), version = version + 1
        WHERE id = @id AND company_id = @company
        """);

    public static readonly NamedQuery Complete = new("reminders.complete", $"""
        UPDATE reminders SET due_date = @dueDate, due_mileage_km = @dueKm, status = @status, escalation_level = 0, overdue_since = NULL,
            completed_at = @now, updated_at = now(), version = version + 1
        WHERE id = @id AND company_id = @company
        """);

    public static readonly NamedQuery Delete = new("reminders.delete", "UPDATE reminders SET deleted_at = now(), updated_at = now(), version = version + 1 WHERE id = @id AND company_id = @company");

    public static readonly NamedQuery LoadOpen = new("reminders.load-open", $"""
        SELECT {Columns}, CASE WHEN r.due_mileage_km IS NULL THEN NULL ELSE {OdometerOf} END,
               (SELECT c.reminder_due_soon_days FROM companies c WHERE c.id = r.company_id)
        FROM {From}
        WHERE r.company_id = @company AND r.deleted_at IS NULL AND r.status <> 'done'
          AND (r.vehicle_id IS NULL OR v.deleted_at IS NULL)
        """);

    public static readonly NamedQuery ApplyMove = new("reminders.apply-move", """
        UPDATE reminders SET status = @status, escalation_level = @level, overdue_since = @overdueSince, updated_at = now()
        WHERE id = @id AND company_id = @company AND deleted_at IS NULL
          AND version = @version AND status = @fromStatus AND escalation_level = @fromLevel
        """);

    public static readonly NamedQuery Odometer = new("reminders.odometer", $"SELECT {OdometerOf} FROM {From} WHERE r.id = @id AND r.company_id = @company AND r.vehicle_id IS NOT NULL");

    public static readonly NamedQuery VehicleInService = new("reminders.vehicle-in-service", "SELECT 1 FROM vehicles WHERE id = @id AND company_id = @company AND deleted_at IS NULL");
}
