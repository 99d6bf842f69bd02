namespace VpnLint.Rules.Addressing;

/// <summary>Why a text is not a strict IPv4 CIDR block; the VPN100 message explains each.</summary>
public enum CidrParseError
{
    None,
    Empty,
    StraySpace,
    Ipv6,
    MissingPrefix,
    InvalidPrefix,
    PrefixOutOfRange,
    WrongOctetCount,
    InvalidOctet,
    OctetOutOfRange,
    OctetLeadingZero,
}
