using TitanFleet.Grains.Storage;

namespace TitanFleet.Silo.Demo;

public static class DemoQueries
{
    public static readonly NamedQuery InsertReminders = new("demo.insertReminders", """
        INSERT INTO reminders (id, company_id, vehicle_id, reminder_type, title, due_date, recur_months, recur_weeks)
        SELECT r.id, @company, r.vehicle, r.type, r.title, r.due, r.months, r.weeks
        FROM unnest(@ids, @vehicles, @types, @titles, @dues, @months, @weeks) AS r(id, vehicle, type, title, due, months, weeks)
        ON CONFLICT (id) DO NOTHING
        """);
}
