using System.Text.RegularExpressions;

namespace TitanFleet.Api.Vehicles;

/// <summary>
/// UK registrations, stored normalised (upper case, no spaces). Accepted formats: current
/// (AB12CDE), prefix (A123BCD), suffix (ABC123D), dateless (ABC123, 123ABC) and Northern Ireland
/// (ABZ1234), which the dateless pattern covers.
/// </summary>
public static partial class VehicleRegistration
{
    public static string Normalise(string value) => string.Concat(value.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    public static bool IsValid(string normalised) => UkFormat().IsMatch(normalised);

    [GeneratedRegex("^(?:[A-Z]{2}[0-9]{2}[A-Z]{3}|[A-Z][0-9]{1,3}[A-Z]{3}|[A-Z]{3}[0-9]{1,3}[A-Z]|[A-Z]{1,3}[0-9]{1,4}|[0-9]{1,4}[A-Z]{1,3})$")]
    private static partial Regex UkFormat();
}
