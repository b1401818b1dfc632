namespace TitanFleet.Api.Files;

public sealed class FilesOptions
{
    public const string Section = "Files";

    /// <summary>The largest file an upload may carry, in bytes (default 10 MB); a larger one is refused with 413.</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;
}
