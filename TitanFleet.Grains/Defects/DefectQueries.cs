using TitanFleet.Grains.Storage;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Grains.Defects;

internal static class DefectQueries
{
    private const string Select = """
        SELECT d.id, d.company_id, d.vehicle_id, v.registration, d.inspection_id, d.item_code, d.category, d.description,
               d.severity, d.status, d.reported_by, r.display_name, d.reported_at, d.odometer_km, d.photo_file_ids,
               d.assigned_to, a.display_name, d.resolved_at, d.updated_at, d.version
        FROM defects d
        JOIN vehicles v ON v.id = d.vehicle_id
        JOIN users r ON r.id = d.reported_by
        LEFT JOIN users a ON a.id = d.assigned_to
        """;

    /// <summary>The scope as a WHERE fragment over <c>d</c> (parameters @company and @reporter).</summary>
    private const string InScope = "d.company_id = @company AND (@reporter::uuid IS NULL OR d.reported_by = @reporter)";

    private const string CommentColumns = "c.id, c.defect_id, c.author_id, u.display_name, c.body, c.created_at";
    private const string RectificationColumns =
        "r.id, r.defect_id, r.vehicle_id, r.mechanic_id, u.display_name, r.outcome, r.work_done, r.parts, r.cost_pence, r.reason, r.signed_off_at";

    public static readonly NamedQuery Find = new("defects.find", $"{Select} WHERE d.id = @id AND {InScope}");

    public static readonly NamedQuery Lock = new("defects.lock", $"{Select} WHERE d.id = @id AND {InScope} FOR UPDATE OF d");

    public static readonly NamedQuery List = new("defects.list", $"""
        {Select}
        WHERE {InScope}
          AND (@vehicle::uuid IS NULL OR d.vehicle_id = @vehicle)
          AND (@status::text IS NULL OR d.status = @status)
          AND (@severity::text IS NULL OR d.severity = @severity)
          AND (@from::timestamptz IS NULL OR d.reported_at >= @from)
          AND (@to::timestamptz IS NULL OR d.reported_at < @to)
          AND (@assignee::uuid IS NULL OR d.assigned_to = @assignee)
          AND (@open::boolean IS NULL OR (d.resolved_at IS NULL) = @open)
          AND (@afterId::uuid IS NULL OR (d.reported_at, d.id) < (@afterReported, @afterId))
        ORDER BY d.reported_at DESC, d.id DESC
        LIMIT @limit
        """);

    public static readonly NamedQuery LockVehicleInService = new("defects.lock-vehicle-in-service", "SELECT 1 FROM vehicles WHERE id = @id AND company_id = @company AND status <> 'retired' FOR UPDATE");

    public static readonly NamedQuery Insert = new("defects.insert", """
        INSERT INTO defects (id, company_id, vehicle_id, category, description, severity, reported_by, odometer_km, photo_file_ids)
        VALUES (@id, @company, @vehicle, @category, @description, @severity, @reporter, @odometer, @photos)
        """);

    public static readonly NamedQuery Update = new("defects.update", """
        UPDATE defects SET status = @status, severity = @severity, assigned_to = @assignee, updated_at = now(), version = version + 1
        WHERE id = @id AND company_id = @company
        """);

    public static readonly NamedQuery CountLivePhotos = new("defects.count-live-photos", """
        SELECT count(*) FROM files
        WHERE id = ANY(@ids) AND company_id = @company AND entity_type = 'vehicle' AND entity_id = @vehicle
          AND deleted_at IS NULL AND (expires_at IS NULL OR expires_at > now())
        """);

    public static readonly NamedQuery AssigneeExists = new("defects.assignee-exists", "SELECT 1 FROM users WHERE id = @id AND company_id = @company AND deleted_at IS NULL AND role = ANY(@roles)");

    public static readonly NamedQuery ListComments = new("defects.list-comments", $"""
        SELECT {CommentColumns} FROM defect_comments c JOIN users u ON u.id = c.author_id JOIN defects d ON d.id = c.defect_id
        WHERE c.defect_id = @id AND {InScope}
        ORDER BY c.created_at, c.id
        """);

    public static readonly NamedQuery ListRectifications = new("defects.list-rectifications", $"""
        SELECT {RectificationColumns} FROM rectifications r JOIN users u ON u.id = r.mechanic_id JOIN defects d ON d.id = r.defect_id
        WHERE r.defect_id = @id AND {InScope}
        ORDER BY r.signed_off_at, r.id
        """);

    public static readonly NamedQuery InsertComment = new("defects.insert-comment", $"""
        WITH c AS (
            INSERT INTO defect_comments (id, company_id, defect_id, author_id, body) VALUES (@id, @company, @defect, @author, @body)
            RETURNING *)
        SELECT {CommentColumns} FROM c JOIN users u ON u.id = c.author_id
        """);

    public static readonly NamedQuery Bump = new("defects.bump-version", "UPDATE defects SET updated_at = now(), version = version + 1 WHERE id = @id RETURNING version");

    public static readonly NamedQuery InsertRectification = new("defects.insert-rectification", $"""
        WITH r AS (
            INSERT INTO rectifications (id, company_id, defect_id, vehicle_id, mechanic_id, outcome, work_done, parts, cost_pence, reason)
            VALUES (@id, @company, @defect, @vehicle, @mechanic, @outcome, @workDone, @parts, @cost, @reason)
            RETURNING *)
        SELECT {RectificationColumns} FROM r JOIN users u ON u.id = r.mechanic_id
        """);

    public static readonly NamedQuery Resolve = new("defects.resolve", """
        UPDATE defects SET status = @status, resolved_at = now(), updated_at = now(), version = version + 1 WHERE id = @id
        """);

    public static readonly NamedQuery LockVehicle = new("roadworthiness.lock-vehicle", $"""
        SELECT {PostgresVehicleStore.Columns} FROM vehicles WHERE id = @id AND company_id = @company FOR UPDATE
        """);

    public static readonly NamedQuery OpenDangerous = new("roadworthiness.open-dangerous", """
        SELECT EXISTS (SELECT 1 FROM defects WHERE company_id = @company AND vehicle_id = @id AND severity = 'dangerous' AND resolved_at IS NULL)
        """);

    public static readonly NamedQuery UpdateVehicleStatus = new("roadworthiness.update-vehicle-status", $"""
        UPDATE vehicles SET status = @status, updated_at = now(), version = version + 1
        WHERE id = @id AND company_id = @company
        RETURNING {PostgresVehicleStore.Columns}
        """);
}
