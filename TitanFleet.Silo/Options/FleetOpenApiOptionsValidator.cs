using Microsoft.Extensions.Options;
using TitanFleet.Api.OpenApi;

namespace TitanFleet.Silo.Options;

public sealed class FleetOpenApiOptionsValidator : IValidateOptions<FleetOpenApiOptions>
{
    public ValidateOptionsResult Validate(string? name, FleetOpenApiOptions options)
    {
        var failures = options.Servers
            .Select((server, index) => (server, index))
            .Where(entry => !Uri.TryCreate(entry.server.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            .Select(entry => $"{FleetOpenApiOptions.Section}:{nameof(options.Servers)}:{entry.index}:{nameof(OpenApiServerEntry.Url)} must be an absolute http(s) URL.")
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
