using System.Text.Json;
using System.Text.RegularExpressions;

namespace TitanFleet.Api.Problems;

/// <summary>
/// Reads the parameter name out of the framework's "Failed to bind parameter "T name" from "value"."
/// message, whose quoted value is the caller's raw input: a problem body names the field and never
/// echoes what was sent (it could be a script or anything else). An [AsParameters] record's member
/// is named by its C# property ("From"): camelCase gives the wire's name, as ValidationFilter does.
/// </summary>
public static partial class BindingFailure
{
    public static string? ParameterName(string message) => Pattern().Match(message) is { Success: true } match ? JsonNamingPolicy.CamelCase.ConvertName(match.Groups["name"].Value) : null;

    [GeneratedRegex("^Failed to bind parameter \"[^\"]* (?<name>[A-Za-z0-9_]+)\" from ", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
