namespace TitanFleet.Grains.Vehicles;

/// <summary>The kinds of vehicle the register knows (sql/0021 checks the same list).</summary>
public static class VehicleTypes
{
    public const string Hgv = "hgv";
    public const string Psv = "psv";
    public const string Van = "van";
    public const string Car = "car";
    public const string Trailer = "trailer";

    public static readonly string[] All = [Hgv, Psv, Van, Car, Trailer];

    /// <summary>The constant equal to <paramref name="type"/>, so each live vehicle does not keep its own copy of the string.</summary>
    public static string Shared(string type) => Array.Find(All, t => t == type) ?? type;
}
