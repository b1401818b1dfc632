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
}
