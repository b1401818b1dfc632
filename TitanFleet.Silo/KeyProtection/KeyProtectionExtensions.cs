using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace TitanFleet.Silo.KeyProtection;

public static class KeyProtectionExtensions
{
    /// <summary>
    /// Encrypts new data-protection keys with the configured certificate before they are stored.
    /// Keys written before a certificate was configured stay readable (they are plain XML) and age out.
    /// </summary>
    public static WebApplicationBuilder AddFleetKeyProtection(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<KeyProtectionOptions>().BindConfiguration(KeyProtectionOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<KeyProtectionOptions>, KeyProtectionOptionsValidator>();

        var options = builder.Configuration.GetSection(KeyProtectionOptions.Section).Get<KeyProtectionOptions>() ?? new KeyProtectionOptions();
        // An unloadable certificate is reported by the validator when the host starts, with the setting's name.
        if (options.IsConfigured && KeyProtectionCertificate.TryLoad(options, out _) is { } certificate)
            builder.Services.AddDataProtection().ProtectKeysWithCertificate(certificate);
        return builder;
    }
}
