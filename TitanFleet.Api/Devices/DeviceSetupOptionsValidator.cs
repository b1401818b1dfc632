using Microsoft.Extensions.Options;

namespace TitanFleet.Api.Devices;

public sealed class DeviceSetupOptionsValidator : IValidateOptions<DeviceSetupOptions>
{
    public ValidateOptionsResult Validate(string? name, DeviceSetupOptions options) =>
        options.PublicUrl is null
        || (Uri.TryCreate(options.PublicUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) && url.Query.Length == 0)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{DeviceSetupOptions.Section}:{nameof(DeviceSetupOptions.PublicUrl)} must be an absolute http(s) URL without a query (is '{options.PublicUrl}').");
}
