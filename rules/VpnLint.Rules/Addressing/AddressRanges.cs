namespace VpnLint.Rules.Addressing;

/// <summary>
/// The ranges each page forbids, one list per page and parameter as the pages write them: they differ
/// (Modify allows local blocks in 100.64.0.0/10, Huawei allows local blocks in 169.254.0.0/16), and
/// merging them would be wrong for one page or another.
/// </summary>
public static class AddressRanges
{
    private static readonly NamedRange ThisNetwork = new("0.0.0.0/8", "\"this\" network");
    private static readonly NamedRange SharedAddressSpace = new("100.64.0.0/10", "shared address space, 100.64.0.0 to 100.127.255.255");
    private static readonly NamedRange Loopback = new("127.0.0.0/8", "loopback");
    private static readonly NamedRange LinkLocal = new("169.254.0.0/16", "link-local");
    private static readonly NamedRange Multicast = new("224.0.0.0/4", "multicast, 224.0.0.0 to 239.255.255.255");
    private static readonly NamedRange Reserved = new("240.0.0.0/4", "reserved");
    private static readonly NamedRange Broadcast = new("255.0.0.0/8", "255.0.0.0 to 255.255.255.255");

    /// <summary>CreateSslVpnServer and ModifySslVpnServer, ClientIpPool.</summary>
    public static IReadOnlyList<NamedRange> AlibabaSslClient { get; } = [SharedAddressSpace, Loopback, LinkLocal, Multicast, Broadcast];

    /// <summary>CreateSslVpnServer, LocalSubnet.</summary>
    public static IReadOnlyList<NamedRange> AlibabaCreateLocal { get; } = [SharedAddressSpace, Loopback, LinkLocal, Multicast, Broadcast];

    /// <summary>ModifySslVpnServer, LocalSubnet: its page leaves out 100.64.0.0/10.</summary>
    public static IReadOnlyList<NamedRange> AlibabaModifyLocal { get; } = [Loopback, LinkLocal, Multicast, Broadcast];

    /// <summary>Huawei CreateVpnServer, client_cidr.</summary>
    public static IReadOnlyList<NamedRange> HuaweiClient { get; } = [ThisNetwork, Loopback, Multicast, Reserved, LinkLocal];

    /// <summary>Huawei CreateVpnServer, local_subnets: 169.254.0.0/16 is allowed there.</summary>
    public static IReadOnlyList<NamedRange> HuaweiLocal { get; } = [ThisNetwork, Loopback, Multicast, Reserved];

    /// <summary>RFC 1918 private address space, which the SSL server pages recommend for client blocks.</summary>
    public static IReadOnlyList<NamedRange> Private { get; } =
        [new("10.0.0.0/8", "private"), new("172.16.0.0/12", "private"), new("192.168.0.0/16", "private")];

    public static NamedRange? FirstOverlap(IReadOnlyList<NamedRange> ranges, Ipv4Cidr block)
    {
        for (var index = 0; index < ranges.Count; index++)
        {
            var range = ranges[index];
            if (range.Block.Overlaps(block))
            {
                return range;
            }
        }

        return null;
    }

    public static bool AnyContains(IReadOnlyList<NamedRange> ranges, Ipv4Cidr block)
    {
        for (var index = 0; index < ranges.Count; index++)
        {
            var range = ranges[index];
            if (range.Block.Contains(block))
            {
                return true;
            }
        }

        return false;
    }
}
