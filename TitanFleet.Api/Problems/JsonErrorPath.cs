namespace TitanFleet.Api.Problems;

/// <summary>Turns System.Text.Json's error path (<c>$.positions[3].latitude</c>) into our field name (<c>positions[3].latitude</c>).</summary>
public static class JsonErrorPath
{
    public static string ToField(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$") return "body";
        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }
}
