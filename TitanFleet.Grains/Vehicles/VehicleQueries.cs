using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Vehicles;

internal static class VehicleQueries
{
    private const string ListFilters = $"""
        SELECT {PostgresVehicleStore.Columns} FROM vehicles
        WHERE company_id = @company
          AND (CASE WHEN @status::text IS NULL THEN status <> 'retired' ELSE status = @status END)
          AND (@type::text IS NULL OR vehicle_type = @type)
          AND (@depot::text IS NULL OR depot = @depot)
          AND (@prefix::text IS NULL OR starts_with(registration, @prefix))
        """;

    public static readonly NamedQuery ListByRegistration = new("vehicles.list-by-registration", ListFilters + """

          AND (@afterId::uuid IS NULL OR (registration, id) > (@afterKey, @afterId))
        ORDER BY registration, id
        LIMIT @limit
        """);

    public static readonly NamedQuery ListByRegistrationDescending = new("vehicles.list-by-registration-descending", ListFilters + """

          AND (@afterId::uuid IS NULL OR (registration, id) < (@afterKey, @afterId))
        ORDER BY registration DESC, id DESC
        LIMIT @limit
        """);

    public static readonly NamedQuery ListByCreated = new("vehicles.list-by-created", ListFilters + """

          AND (@afterId::uuid IS NULL OR (created_at, id) > (@afterCreated, @afterId))
        ORDER BY created_at, id
        LIMIT @limit
        """);

    public static readonly NamedQuery ListByCreatedDescending = new("vehicles.list-by-created-descending", ListFilters + """

          AND (@afterId::uuid IS NULL OR (created_at, id) < (@afterCreated, @afterId))
        ORDER BY created_at DESC, id DESC
        LIMIT @limit
        """);

    public static readonly NamedQuery Find = new("vehicles.find", $"SELECT {PostgresVehicleStore.Columns} FROM vehicles WHERE id = @id AND company_id = @company");

    public static readonly NamedQuery Insert = new("vehicles.insert", $"""
        INSERT INTO vehicles (id, company_id, registration, make, model, year, vin, vehicle_type, status, mileage_km, depot, deleted_at)
        VALUES (@id, @company, @registration, @make, @model, @year, @vin, @type, @status, @mileage, @depot,
                CASE WHEN @status = 'retired' THEN now() END)
        RETURNING {PostgresVehicleStore.Columns}
        """);

    public static readonly NamedQuery Lock = new("vehicles.lock", $"SELECT {PostgresVehicleStore.Columns} FROM vehicles WHERE id = @id AND company_id = @company FOR UPDATE");

    public static readonly NamedQuery Update = new("vehicles.update", $"""
        UPDATE vehicles SET registration = @registration, make = @make, model = @model, year = @year, vin = @vin,
            vehicle_type = @type, status = @status, mileage_km = @mileage, depot = @depot,
            deleted_at = CASE WHEN @status = 'retired' THEN coalesce(deleted_at, now()) END,
            updated_at = now(), version = version + 1
        WHERE id = @id AND company_id = @company
        RETURNING {PostgresVehicleStore.Columns}
        """);

    private const string DirectorySelect = "SELECT id, company_id, registration, vehicle_type, status FROM vehicles WHERE deleted_at IS NULL AND ";

    public static readonly NamedQuery DirectoryFind = new("vehicle-directory.find", $"{DirectorySelect} id = @id");

    public static readonly NamedQuery DirectoryListCompany = new("vehicle-directory.list-company", $"{DirectorySelect} company_id = @company ORDER BY registration");
}
