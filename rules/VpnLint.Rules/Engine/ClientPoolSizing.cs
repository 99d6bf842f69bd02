using VpnLint.Rules.Addressing;
using VpnLint.Rules.Apis;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Engine;

/// <summary>
/// How many clients a client block serves. Each client takes a /30, so Alibaba wants at least four
/// addresses per connection. Huawei wants more than four available addresses per connection, and an
/// address is available unless it is the block's network or broadcast address.
/// </summary>
internal static class ClientPoolSizing
{
    /// <summary>The smallest SslConnections a gateway can have: what an unknown limit is checked against.</summary>
    public const int SmallestSslConnections = 5;

    public const int AddressesPerClient = 4;

    public static long UsableAddresses(Cloud cloud, Ipv4Cidr block) =>
        cloud == Cloud.Huawei ? Math.Max(0, block.AddressCount - 2) : block.AddressCount;

    public static bool Fits(Cloud cloud, Ipv4Cidr block, int connections)
    {
        var needed = (long)AddressesPerClient * connections;
        var usable = UsableAddresses(cloud, block);
        return cloud == Cloud.Huawei ? usable > needed : usable >= needed;
    }

    /// <summary>The longest prefix whose block fits the limit (/24 for 50 Alibaba connections), or null if none does.</summary>
    public static int? LargestPrefixThatFits(Cloud cloud, int connections)
    {
        for (var prefix = 32; prefix >= 0; prefix--)
        {
            if (Fits(cloud, new Ipv4Cidr(0, prefix), connections))
            {
                return prefix;
            }
        }

        return null;
    }

    /// <summary>
    /// The limit for a server: its bundle's gateway, else the context, else for an Alibaba SSL server the
    /// smallest limit, assumed. Null for a Huawei server without a known limit, and for IPsec servers.
    /// </summary>
    public static ResolvedLimit? ResolveLimit(RequestCheckContext context)
    {
        var request = context.Request;
        if (request.Api == ApiKind.HuaweiCreateVpnServer)
        {
            return context.Context.MaxConnections is { } maximum
                ? new ResolvedLimit(maximum.Value, value => $"the gateway's maximum connections {value} (from {maximum.Source})", isAssumed: false)
                : null;
        }

        if (!Api.IsSslServer(request.Api))
        {
            return null;
        }

        if (context.Bundle.GatewayOf(request) is { } gateway)
        {
            var declared = gateway.Get(ParameterNames.SslConnections);
            if (!ValueReader.IsPresent(declared))
            {
                return new ResolvedLimit(SmallestSslConnections, static value => $"the gateway's SslConnections {value} (its default)", isAssumed: false);
            }

            if (ValueReader.TryReadInteger(declared, out var connections) && connections is > 0 and <= int.MaxValue)
            {
                return new ResolvedLimit((int)connections, static value => $"the gateway's SslConnections {value}", isAssumed: false);
            }

            return null;
        }

        return context.Context.SslConnections is { } configured
            ? new ResolvedLimit(configured.Value, value => $"SslConnections {value} (from {configured.Source})", isAssumed: false)
            : new ResolvedLimit(SmallestSslConnections, static value => $"even the smallest SslConnections, {value} (the gateway's is unknown)", isAssumed: true);
    }
}
