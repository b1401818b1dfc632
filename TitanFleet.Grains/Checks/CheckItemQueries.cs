using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Checks;

internal static class CheckItemQueries
{
    public static readonly NamedQuery List = new("check-items.list", """
        SELECT vehicle_type, code, label, category, default_severity, company_id IS NULL
        FROM check_items
        WHERE vehicle_type = @type AND (company_id IS NULL OR company_id = @company)
        ORDER BY company_id IS NOT NULL, position, code
        """);

    public static readonly NamedQuery BuiltInExists = new("check-items.built-in-exists", "SELECT EXISTS (SELECT 1 FROM check_items WHERE company_id IS NULL AND vehicle_type = @type AND code = @code)");

    // Company items start at position 100,000, so they sort after every built-in one whatever positions the built-in lists use.
    public static readonly NamedQuery Insert = new("check-items.insert", $"""
        INSERT INTO check_items (id, company_id, vehicle_type, code, label, category, default_severity, position)
        SELECT @id, @company, @type, @code, @label, @category, @severity,
               coalesce(max(position), 99990) + 10
        FROM check_items WHERE company_id = @company AND vehicle_type = @type
        """);
}
