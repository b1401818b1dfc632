using System.Text.RegularExpressions;

namespace TitanFleet.Api.Problems;

/// <summary>
/// Reads the parameter name out of the framework's "Failed to bind parameter "T name" from "value"."
/// message, whose quoted value is the caller's raw input: a problem body names the field and never
/// echoes what was sent (it could be a script or anything else).
/// </summary>
public static partial class BindingFailure
{
    public static string? ParameterName(string message) => Pattern().Match(message) is { Success: true } match ? match.Groups["name"].Value : null;

    [GeneratedRegex("^Failed to bind parameter \"[^\"]* (?<name>[A-Za-z0-9_]+)\" from ", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
