namespace TitanFleet.Grains.Geofences;

/// <summary>What a geofence marks (sql/0090 checks the same list).</summary>
public static class GeofenceTypes
{
    public const string Depot = "depot";
    public const string CustomerSite = "customerSite";
    public const string RestrictedZone = "restrictedZone";
    public const string Other = "other";

    public static readonly string[] All = [Depot, CustomerSite, RestrictedZone, Other];
}
