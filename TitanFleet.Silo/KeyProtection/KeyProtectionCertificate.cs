using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TitanFleet.Silo.KeyProtection;

/// <summary>Loads the configured certificate; a failure names the setting to fix.</summary>
public static class KeyProtectionCertificate
{
    public static X509Certificate2? TryLoad(KeyProtectionOptions options, out string? error)
    {
        error = null;
        var setting = $"{KeyProtectionOptions.Section}:{(string.IsNullOrWhiteSpace(options.CertificatePath) ? nameof(options.Certificate) : nameof(options.CertificatePath))}";
        try
        {
            var certificate = string.IsNullOrWhiteSpace(options.CertificatePath)
                ? X509CertificateLoader.LoadPkcs12(Convert.FromBase64String(options.Certificate!), options.CertificatePassword)
                : X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword);
            if (certificate.HasPrivateKey) return certificate;
            certificate.Dispose();
            error = $"{setting} must hold the certificate's private key (a PFX), or the key ring cannot be decrypted.";
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException or IOException or UnauthorizedAccessException)
        {
            error = $"{setting} could not be loaded as a PFX with {KeyProtectionOptions.Section}:{nameof(options.CertificatePassword)}: {exception.Message}";
        }
        return null;
    }
}
