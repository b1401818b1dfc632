using Microsoft.Extensions.Options;

namespace TitanFleet.Silo.KeyProtection;

public sealed class KeyProtectionOptionsValidator(IHostEnvironment environment) : IValidateOptions<KeyProtectionOptions>
{
    public ValidateOptionsResult Validate(string? name, KeyProtectionOptions options)
    {
        const string section = KeyProtectionOptions.Section;
        if (!options.IsConfigured)
        {
            return environment.IsProduction()
                ? ValidateOptionsResult.Fail($"{section}:{nameof(options.CertificatePath)} (or {section}:{nameof(options.Certificate)}, a base64 PFX) must be set in Production: " +
                    "it encrypts the data-protection keys stored in PostgreSQL, without which anyone who reads that table can forge sign-in cookies.")
                : ValidateOptionsResult.Success;
        }
        if (!string.IsNullOrWhiteSpace(options.CertificatePath) && !string.IsNullOrWhiteSpace(options.Certificate))
            return ValidateOptionsResult.Fail($"Set either {section}:{nameof(options.CertificatePath)} or {section}:{nameof(options.Certificate)}, not both.");
        using var certificate = KeyProtectionCertificate.TryLoad(options, out var error);
        return certificate is null ? ValidateOptionsResult.Fail(error!) : ValidateOptionsResult.Success;
    }
}
