namespace VpnLint.Rules.Addressing;

/// <summary>A parsed block, or why the text is not one (with the offending part, for the message).</summary>
public readonly struct CidrParseResult
{
    internal CidrParseResult(Ipv4Cidr cidr, CidrParseError error, string detail)
    {
        Cidr = cidr;
        Error = error;
        Detail = detail;
    }

    public Ipv4Cidr Cidr { get; }

    public CidrParseError Error { get; }

    /// <summary>The offending octet or prefix text, or the octet count, depending on <see cref="Error"/>.</summary>
    public string Detail { get; }

    public bool IsValid => Error == CidrParseError.None;
}
