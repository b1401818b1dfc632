namespace TitanFleet.Grains.Users;

/// <summary>A driver's licence and Driver CPC details; licence number normalised (upper case, no spaces).</summary>
public sealed record DriverProfile(
    string LicenceNumber,
    IReadOnlyList<string> LicenceCategories,
    DateOnly LicenceExpiry,
    DateOnly? CpcExpiry)
{
    /// <summary>The fields the audit log compares (categories as one comma-separated value).</summary>
    public IReadOnlyDictionary<string, object?> AuditFields() => new Dictionary<string, object?>
    {
        ["licenceNumber"] = LicenceNumber,
        ["licenceCategories"] = string.Join(',', LicenceCategories),
        ["licenceExpiry"] = LicenceExpiry,
        ["cpcExpiry"] = CpcExpiry,
    };
}
