using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace VpnLint.Rules.Tests.Support;

/// <summary>Self-signed CA certificates made in memory for the certificate rules.</summary>
internal static class TestCertificates
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static string Rsa(int keyBits, DateTimeOffset? notAfter = null)
    {
        using var key = RSA.Create(keyBits);
        var request = new CertificateRequest("CN=VpnLint test CA", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return Pem(request, notAfter);
    }

    public static string EllipticCurve()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return Pem(new CertificateRequest("CN=VpnLint test CA", key, HashAlgorithmName.SHA256), null);
    }

    /// <summary>A PKCS#12 bundle dressed in certificate markers: base64 of DER, but not a certificate.</summary>
    public static string Pkcs12UnderCertificateMarkers()
    {
        using var key = RSA.Create(2048);
        using var certificate = new CertificateRequest("CN=VpnLint test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(Now.AddDays(-1), Now.AddYears(1));
        var pkcs12 = certificate.Export(X509ContentType.Pkcs12, "test");
        return "-----BEGIN CERTIFICATE-----\n" + Convert.ToBase64String(pkcs12, Base64FormattingOptions.InsertLineBreaks) + "\n-----END CERTIFICATE-----";
    }

    private static string Pem(CertificateRequest request, DateTimeOffset? notAfter)
    {
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        var end = notAfter ?? Now.AddYears(5);
        using var certificate = request.CreateSelfSigned(end.AddYears(-1), end);
        return certificate.ExportCertificatePem();
    }
}
