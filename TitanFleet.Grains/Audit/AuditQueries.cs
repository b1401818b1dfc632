using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Audit;

internal static class AuditQueries
{
    public static readonly NamedQuery Insert = new("audit.insert", """
        INSERT INTO audit_log (company_id, user_id, action, entity_type, entity_id, changes, request_id, client_address)
        VALUES (@company, @user, @action, @entityType, @entityId, @changes, @requestId, @clientAddress)
        """);
}
