using System.Text.RegularExpressions;

namespace TitanFleet.Api.Vehicles;

/// <summary>ISO 3779 VINs: 17 characters, digits and capital letters except I, O and Q (mistaken for 1 and 0).</summary>
public static partial class VehicleIdentificationNumber
{
    public static string Normalise(string value) => value.Trim().ToUpperInvariant();

    public static bool IsValid(string normalised) => Format().IsMatch(normalised);

    [GeneratedRegex("^[A-HJ-NPR-Z0-9]{17}$")]
    private static partial Regex Format();
}
