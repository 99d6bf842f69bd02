using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace VpnLint.Rules.Engine;

/// <summary>
/// Reads a PEM certificate in memory with the platform's X.509 support: the markers, the base64 between
/// them, and a DER certificate inside (a PKCS#12 or PKCS#7 blob under certificate markers is not one).
/// </summary>
internal static class PemCertificateReader
{
    private const string Begin = "-----BEGIN CERTIFICATE-----";
    private const string End = "-----END CERTIFICATE-----";
    private const string RsaAlgorithm = "1.2.840.113549.1.1.1";

    public static CertificateInfo Read(string content)
    {
        var text = content.Trim();
        if (!text.StartsWith(Begin, StringComparison.Ordinal))
        {
            return CertificateInfo.Invalid($"it must start with {Begin}");
        }

        if (!text.EndsWith(End, StringComparison.Ordinal) || text.Length < Begin.Length + End.Length)
        {
            return CertificateInfo.Invalid($"it must end with {End}");
        }

        var body = RemoveWhitespace(text.Substring(Begin.Length, text.Length - Begin.Length - End.Length));
        if (body.Length == 0)
        {
            return CertificateInfo.Invalid("there is nothing between the markers");
        }

        if (!IsBase64(body))
        {
            return CertificateInfo.Invalid("the text between the markers is not base64");
        }

        var der = Convert.FromBase64String(body);
        return der[0] == 0x30 ? ReadDer(der) : CertificateInfo.Invalid("the base64 between the markers does not decode to an X.509 certificate");
    }

    private static CertificateInfo ReadDer(byte[] der)
    {
        try
        {
            using var certificate = new X509Certificate2(der);
            if (certificate.RawData.Length != der.Length)
            {
                return CertificateInfo.Invalid("the base64 between the markers does not decode to an X.509 certificate");
            }

            int? rsaBits = null;
            if (certificate.PublicKey.Oid.Value == RsaAlgorithm)
            {
                using var key = certificate.GetRSAPublicKey();
                rsaBits = key?.KeySize;
            }

            return CertificateInfo.Valid(rsaBits, certificate.NotAfter.ToUniversalTime());
        }
        catch (CryptographicException)
        {
            return CertificateInfo.Invalid("the base64 between the markers does not decode to an X.509 certificate");
        }
    }

    private static string RemoveWhitespace(string text)
    {
        var characters = new char[text.Length];
        var count = 0;
        foreach (var character in text)
        {
            if (!char.IsWhiteSpace(character))
            {
                characters[count++] = character;
            }
        }

        return new string(characters, 0, count);
    }

    private static bool IsBase64(string text)
    {
        if (text.Length % 4 != 0)
        {
            return false;
        }

        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            var isPadding = character == '=' && index >= text.Length - 2;
            var isDigit = (character >= 'A' && character <= 'Z') || (character >= 'a' && character <= 'z') ||
                (character >= '0' && character <= '9') || character is '+' or '/';
            if (!isDigit && !isPadding)
            {
                return false;
            }
        }

        // "x=" is not a valid ending: padding fills the end.
        return !(text[text.Length - 2] == '=' && text[text.Length - 1] != '=');
    }
}
