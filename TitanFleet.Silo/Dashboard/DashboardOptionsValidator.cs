using Microsoft.Extensions.Options;

namespace TitanFleet.Silo.Dashboard;

public sealed class DashboardOptionsValidator : IValidateOptions<DashboardOptions>
{
    public ValidateOptionsResult Validate(string? name, DashboardOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.WebRoot)) failures.Add($"{DashboardOptions.Section}:{nameof(options.WebRoot)} must name a folder.");
        if (!string.IsNullOrEmpty(options.TileUrl) && !IsTileTemplate(options.TileUrl))
            failures.Add($"{DashboardOptions.Section}:{nameof(options.TileUrl)} must be an http(s) URL containing {{z}}, {{x}} and {{y}}.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsTileTemplate(string url) =>
        (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        && url.Contains("{z}", StringComparison.Ordinal) && url.Contains("{x}", StringComparison.Ordinal) && url.Contains("{y}", StringComparison.Ordinal);
}
