using System.Text.RegularExpressions;

namespace TitanFleet.Grains.Checks;

/// <summary>The shape of an item code (sql/0060 checks the same pattern).</summary>
public static partial class CheckItemCodes
{
    public static bool IsValid(string? code) => code is not null && Pattern().IsMatch(code);

    [GeneratedRegex(@"^[a-z0-9][a-z0-9_]{0,63}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
