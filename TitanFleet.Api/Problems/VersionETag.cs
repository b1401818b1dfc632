using System.Globalization;

namespace TitanFleet.Api.Problems;

/// <summary>A record's version as its ETag: the client sends the version back with its write, and a stale one answers 409.</summary>
public static class VersionETag
{
    public static string Of(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";
}
