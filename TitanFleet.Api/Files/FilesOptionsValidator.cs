using Microsoft.Extensions.Options;

namespace TitanFleet.Api.Files;

public sealed class FilesOptionsValidator : IValidateOptions<FilesOptions>
{
    /// <summary>Uploads are held in memory and stored in one bytea value, so the limit stays well under PostgreSQL's 1 GB per value.</summary>
    public const long Ceiling = 256L * 1024 * 1024;

    public ValidateOptionsResult Validate(string? name, FilesOptions options) =>
        options.MaxBytes is > 0 and <= Ceiling
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{FilesOptions.Section}:{nameof(FilesOptions.MaxBytes)} must be between 1 and {Ceiling} bytes (is {options.MaxBytes}).");
}
