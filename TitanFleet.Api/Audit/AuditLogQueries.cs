using TitanFleet.Grains.Storage;

namespace TitanFleet.Api.Audit;

internal static class AuditLogQueries
{
    public static readonly NamedQuery List = new("audit.list", """
        SELECT id, user_id, action, entity_type, entity_id, changes::text, occurred_at, request_id, host(client_address)
        FROM audit_log
        WHERE company_id = @company
          AND (@from::timestamptz IS NULL OR occurred_at >= @from)
          AND (@to::timestamptz IS NULL OR occurred_at < @to)
          AND (@user::uuid IS NULL OR user_id = @user)
          AND (@action::text IS NULL OR action = @action)
          AND (@entityType::text IS NULL OR entity_type = @entityType)
          AND (@entityId::uuid IS NULL OR entity_id = @entityId)
          AND (@before::bigint IS NULL OR id < @before)
        ORDER BY id DESC
        LIMIT @limit
        """);
}
