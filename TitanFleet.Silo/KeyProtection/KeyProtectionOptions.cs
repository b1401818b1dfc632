namespace TitanFleet.Silo.KeyProtection;

/// <summary>
/// The certificate that encrypts the data-protection key ring at rest (the keys sign and encrypt
/// the sign-in cookies and live in PostgreSQL, where anyone who reads the table could forge a
/// cookie). A PKCS#12 (PFX) file, or the same bytes in base64 for a secret passed as a variable.
/// Required in Production.
/// </summary>
public sealed class KeyProtectionOptions
{
    public const string Section = "DataProtection";

    /// <summary>Path of a PFX file holding the certificate and its private key.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PFX file's bytes in base64, in place of <see cref="CertificatePath"/>.</summary>
    public string? Certificate { get; set; }

    /// <summary>The PFX password, if it has one.</summary>
    public string? CertificatePassword { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(CertificatePath) || !string.IsNullOrWhiteSpace(Certificate);
}
