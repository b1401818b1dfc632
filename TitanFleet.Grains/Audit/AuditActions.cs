namespace TitanFleet.Grains.Audit;

/// <summary>The actions the audit log records (sql/0022 checks the same list).</summary>
public static class AuditActions
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";

    public static readonly string[] All = [Create, Update, Delete];
}
