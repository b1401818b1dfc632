using System.Text.RegularExpressions;

namespace TitanFleet.Api.Users;

/// <summary>
/// UK driving licence facts: a GB licence number is 16 characters (five of the surname, padded with
/// 9s; six digits from the date of birth; two initials, padded with 9s; a digit; two check letters);
/// Northern Ireland's are 8 digits. Categories are the DVLA's.
/// </summary>
public static partial class DrivingLicence
{
    public static readonly string[] Categories =
        ["AM", "A1", "A2", "A", "B1", "B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE", "F", "G", "H", "K", "L", "M", "N", "P", "Q"];

    public static string Normalise(string number) => number.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    public static bool IsValidNumber(string normalised) => GreatBritain().IsMatch(normalised) || NorthernIreland().IsMatch(normalised);

    [GeneratedRegex("^[A-Z9]{5}[0-9]{6}[A-Z9]{2}[0-9][A-Z]{2}$")]
    private static partial Regex GreatBritain();

    [GeneratedRegex("^[0-9]{8}$")]
    private static partial Regex NorthernIreland();
}
