namespace VpnLint.Rules.Engine;

/// <summary>What the rules need of a client CA certificate, or why its content is not one.</summary>
internal sealed class CertificateInfo
{
    private CertificateInfo(string? problem, int? rsaKeyBits, DateTime notAfterUtc)
    {
        Problem = problem;
        RsaKeyBits = rsaKeyBits;
        NotAfterUtc = notAfterUtc;
    }

    /// <summary>Why the content is not a PEM certificate; null when it is one.</summary>
    public string? Problem { get; }

    /// <summary>The RSA key's size in bits; null for another key algorithm.</summary>
    public int? RsaKeyBits { get; }

    public DateTime NotAfterUtc { get; }

    public static CertificateInfo Invalid(string problem) => new(problem, null, default);

    public static CertificateInfo Valid(int? rsaKeyBits, DateTime notAfterUtc) => new(null, rsaKeyBits, notAfterUtc);
}
