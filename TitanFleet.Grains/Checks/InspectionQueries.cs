using TitanFleet.Grains.Storage;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Grains.Checks;

internal static class InspectionQueries
{
    private const string Select = """
        SELECT i.id, i.company_id, i.vehicle_id, v.registration, i.vehicle_type, i.driver_id, u.display_name,
               i.odometer_km, i.fuel_level_percent, i.submitted_at, i.nil_defect, i.results,
               (SELECT coalesce(jsonb_agg(jsonb_build_object('id', d.id, 'itemCode', d.item_code, 'severity', d.severity)), '[]'::jsonb)
                FROM defects d WHERE d.inspection_id = i.id)
        FROM inspections i
        JOIN vehicles v ON v.id = i.vehicle_id
        JOIN users u ON u.id = i.driver_id
        """;

    public static readonly NamedQuery Find = new("inspections.find", $"""
        {Select}
        WHERE i.id = @id AND i.company_id = @company AND (@onlyDriver::uuid IS NULL OR i.driver_id = @onlyDriver)
        """);

    public static readonly NamedQuery List = new("inspections.list", $"""
        {Select}
        WHERE i.company_id = @company
          AND (@onlyDriver::uuid IS NULL OR i.driver_id = @onlyDriver)
          AND (@driver::uuid IS NULL OR i.driver_id = @driver)
          AND (@vehicle::uuid IS NULL OR i.vehicle_id = @vehicle)
          AND (@from::timestamptz IS NULL OR i.submitted_at >= @from)
          AND (@to::timestamptz IS NULL OR i.submitted_at < @to)
          AND (@hasDefects::boolean IS NULL OR i.nil_defect <> @hasDefects)
          AND (@afterId::uuid IS NULL OR (i.submitted_at, i.id) < (@afterAt, @afterId))
        ORDER BY i.submitted_at DESC, i.id DESC
        LIMIT @limit
        """);

    public static readonly NamedQuery LockVehicle = new("inspections.lock-vehicle", $"SELECT {PostgresVehicleStore.Columns} FROM vehicles WHERE id = @id AND company_id = @company FOR UPDATE");

    public static readonly NamedQuery Insert = new("inspections.insert", """
        INSERT INTO inspections (id, company_id, vehicle_id, driver_id, vehicle_type, odometer_km, fuel_level_percent, results, failed_items, nil_defect)
        VALUES (@id, @company, @vehicle, @driver, @type, @odometer, @fuel, @results, @failed, @failed = 0)
        RETURNING submitted_at, (SELECT display_name FROM users WHERE id = @driver AND company_id = @company)
        """);

    public static readonly NamedQuery LiveVehiclePhotos = new("inspections.live-vehicle-photos", """
        SELECT id FROM files
        WHERE id = ANY(@ids) AND company_id = @company AND entity_type = 'vehicle' AND entity_id = @vehicle
          AND deleted_at IS NULL AND (expires_at IS NULL OR expires_at > now())
        """);

    public static readonly NamedQuery InsertDefect = new("inspections.insert-defect", """
        INSERT INTO defects (id, company_id, vehicle_id, inspection_id, item_code, category, description, severity, reported_by, odometer_km, photo_file_ids)
        VALUES (@id, @company, @vehicle, @inspection, @item, @category, @description, @severity, @driver, @odometer, @photos)
        """);

    public static readonly NamedQuery UpdateMileage = new("inspections.update-mileage", $"""
        UPDATE vehicles SET mileage_km = @mileage, updated_at = now(), version = version + 1
        WHERE id = @id AND company_id = @company
        RETURNING {PostgresVehicleStore.Columns}
        """);
}
