using System.Text;

namespace TitanFleet.Api.Files;

/// <summary>
/// A client's file name made safe to store and to send back in Content-Disposition: only its last
/// path segment, no control characters (NUL included: PostgreSQL refuses it), none of the
/// characters Windows forbids, no leading dots, and at most <see cref="MaxLength"/> characters.
/// </summary>
public static class FileNames
{
    public const int MaxLength = 120;
    public const string Fallback = "file";
    private static readonly char[] Forbidden = ['<', '>', ':', '"', '|', '?', '*'];

    public static string Sanitise(string? name)
    {
        var segment = (name ?? "").Split('/', '\\').LastOrDefault(part => part.Length > 0) ?? "";
        var kept = new StringBuilder(segment.Length);
        foreach (var rune in segment.EnumerateRunes())
        {
            if (Rune.IsControl(rune) || rune.Utf16SequenceLength == 1 && Forbidden.Contains((char)rune.Value)
                || Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.Format) continue;
            kept.Append(rune.ToString());
        }
        var cleaned = kept.ToString().Trim().TrimStart('.').Trim();
        if (cleaned.Length == 0) return Fallback;
        return cleaned.Length <= MaxLength ? cleaned : Shorten(cleaned);
    }

    /// <summary>The name with the extension of the content it really holds, so a saved download opens in the right program.</summary>
    public static string WithExtension(string name, string contentType)
    {
        var extension = Path.GetExtension(name);
        if (FileSignatures.ClaimedByExtension(extension) == contentType) return name;
        var suffix = FileSignatures.Extension(contentType);
        return (name.Length + suffix.Length <= MaxLength ? name : name[..(MaxLength - suffix.Length)]) + suffix;
    }

    private static string Shorten(string name)
    {
        var extension = Path.GetExtension(name);
        if (extension.Length > 16) extension = "";
        var stem = name[..(MaxLength - extension.Length)];
        // Never cut a surrogate pair in two.
        if (char.IsHighSurrogate(stem[^1])) stem = stem[..^1];
        return stem + extension;
    }
}
