using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TitanFleet.Tests.Hosting;

/// <summary>A self-signed certificate made for the test, as the base64 PFX the silo reads from DataProtection:Certificate.</summary>
public static class TestCertificate
{
    public const string Password = "test-pfx-password";

    public static string Base64Pfx()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=titanfleet-test-key-ring", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        return Convert.ToBase64String(certificate.Export(X509ContentType.Pkcs12, Password));
    }
}
