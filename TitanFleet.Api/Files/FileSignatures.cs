namespace TitanFleet.Api.Files;

/// <summary>
/// The content type of an upload, read from its first bytes: the only type the service trusts.
/// A client's Content-Type and file name are claims; the magic bytes are what a viewer will parse.
/// </summary>
public static class FileSignatures
{
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string WebP = "image/webp";
    public const string Heic = "image/heic";
    public const string Pdf = "application/pdf";

    public static readonly string[] Allowed = [Jpeg, Png, WebP, Heic, Pdf];

    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    // ISO base media "ftyp" major brands of HEIF images coded with HEVC; mif1/msf1 are left out
    // because AVIF files use them too.
    private static readonly string[] HeicBrands = ["heic", "heix", "heim", "heis", "hevc", "hevx"];

    /// <summary>The sniffed type, or null when the content is none of <see cref="Allowed"/>.</summary>
    public static string? Sniff(ReadOnlySpan<byte> content)
    {
        if (content.Length >= 3 && content[0] == 0xFF && content[1] == 0xD8 && content[2] == 0xFF) return Jpeg;
        if (content.StartsWith(PngMagic)) return Png;
        if (content.Length >= 12 && content[..4].SequenceEqual("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8)) return WebP;
        if (content.StartsWith("%PDF-"u8)) return Pdf;
        if (content.Length >= 12 && content[4..8].SequenceEqual("ftyp"u8)
            && HeicBrands.Contains(System.Text.Encoding.ASCII.GetString(content[8..12]))) return Heic;
        return null;
    }

    /// <summary>The type a client's Content-Type or file extension claims; null when it claims nothing we know.</summary>
    public static string? Claimed(string? mediaType) => mediaType?.Split(';')[0].Trim().ToLowerInvariant() switch
    {
        "image/jpeg" or "image/jpg" or "image/pjpeg" => Jpeg,
        Png => Png,
        WebP => WebP,
        "image/heic" or "image/heif" => Heic,
        Pdf => Pdf,
        _ => null,
    };

    public static string? ClaimedByExtension(string extension) => extension.ToLowerInvariant() switch
    {
        ".jpg" or ".jpeg" or ".jfif" => Jpeg,
        ".png" => Png,
        ".webp" => WebP,
        ".heic" or ".heif" => Heic,
        ".pdf" => Pdf,
        _ => null,
    };

    public static string Extension(string contentType) => contentType switch
    {
        Jpeg => ".jpg",
        Png => ".png",
        WebP => ".webp",
        Heic => ".heic",
        _ => ".pdf",
    };
}
