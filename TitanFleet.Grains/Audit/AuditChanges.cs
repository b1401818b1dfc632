namespace TitanFleet.Grains.Audit;

/// <summary>
/// The changed fields between two versions of a record. Resources pass only fields a person may
/// read; as a second line of defence a field whose name says it holds a secret is never written.
/// </summary>
public static class AuditChanges
{
    public const string Redacted = "[redacted]";
    private static readonly string[] SecretMarkers = ["password", "token", "secret", "hash"];

    public static IReadOnlyDictionary<string, AuditFieldChange> Between(
        IReadOnlyDictionary<string, object?>? before, IReadOnlyDictionary<string, object?> after)
    {
        var changes = new SortedDictionary<string, AuditFieldChange>(StringComparer.Ordinal);
        foreach (var (field, value) in after)
        {
            object? previous = null;
            if (before is not null && before.TryGetValue(field, out previous) && Equals(previous, value)) continue;
            changes[field] = IsSecret(field) ? new AuditFieldChange(Redacted, Redacted) : new AuditFieldChange(previous, value);
        }
        return changes;
    }

    private static bool IsSecret(string field) => SecretMarkers.Any(marker => field.Contains(marker, StringComparison.OrdinalIgnoreCase));
}
