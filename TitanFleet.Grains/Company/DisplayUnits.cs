namespace TitanFleet.Grains.Company;

/// <summary>The units a person reads speeds and distances in (sql/0040 checks the same list); stored values stay km/h and metres.</summary>
public static class DisplayUnits
{
    public const string MphMiles = "mph_miles";
    public const string KmhKm = "kmh_km";

    public static readonly string[] All = [MphMiles, KmhKm];
}
