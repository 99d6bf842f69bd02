namespace VpnLint.Rules.Addressing;

/// <summary>A well-known block and what it is, for messages: 100.64.0.0/10 (shared address space).</summary>
public sealed class NamedRange
{
    public NamedRange(string block, string description)
    {
        Block = Ipv4Cidr.Parse(block);
        Description = description;
    }

    public Ipv4Cidr Block { get; }

    public string Description { get; }
}
