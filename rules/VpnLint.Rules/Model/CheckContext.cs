namespace VpnLint.Rules.Model;

/// <summary>
/// What the checks may know beyond the requests themselves: the gateway's connection limits and the
/// VPC's CIDR blocks (from a bundle's context, configuration, a CLI option or an analyzer option), and
/// the time certificates are judged at, passed in so that the checks stay pure.
/// </summary>
public sealed class CheckContext
{
    public CheckContext(
        ConnectionLimit? sslConnections = null,
        ConnectionLimit? maxConnections = null,
        IReadOnlyList<ContextCidr>? vpcCidrs = null,
        DateTimeOffset? now = null)
    {
        SslConnections = sslConnections;
        MaxConnections = maxConnections;
        VpcCidrs = vpcCidrs ?? [];
        Now = now ?? DateTimeOffset.UtcNow;
    }

    /// <summary>The Alibaba gateway's <c>SslConnections</c>, when no gateway request in the bundle gives it.</summary>
    public ConnectionLimit? SslConnections { get; }

    /// <summary>The Huawei P2C gateway's maximum number of connections.</summary>
    public ConnectionLimit? MaxConnections { get; }

    public IReadOnlyList<ContextCidr> VpcCidrs { get; }

    public DateTimeOffset Now { get; }
}
