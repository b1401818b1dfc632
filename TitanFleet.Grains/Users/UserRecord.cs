namespace TitanFleet.Grains.Users;

/// <summary>One row of the users register as its store reads it (never the password hash or set-up token).</summary>
public sealed record UserRecord(
    Guid Id,
    Guid CompanyId,
    UserDetails Details,
    bool HasPassword,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version)
{
    /// <summary>The fields the audit log compares; "password" is only ever recorded as changed, never its value.</summary>
    public IReadOnlyDictionary<string, object?> AuditFields() => new Dictionary<string, object?>
    {
        ["email"] = Details.Email,
        ["fullName"] = Details.FullName,
        ["username"] = Details.Username,
        ["phone"] = Details.Phone,
        ["role"] = Details.Role,
        ["active"] = Details.Active,
    };
}
