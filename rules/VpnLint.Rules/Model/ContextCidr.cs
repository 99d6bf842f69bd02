using VpnLint.Rules.Addressing;

namespace VpnLint.Rules.Model;

/// <summary>A CIDR block of the VPC (or one of its route destinations), and where it was given.</summary>
public sealed class ContextCidr
{
    public ContextCidr(Ipv4Cidr block, string source)
    {
        Block = block;
        Source = source;
    }

    public Ipv4Cidr Block { get; }

    public string Source { get; }
}
