namespace VpnLint.Rules.Engine;

/// <summary>The connection limit a server's client block is sized against, and how a message names it.</summary>
internal sealed class ResolvedLimit
{
    private readonly Func<int, string> describe;

    // The description is built only when a finding is reported: most servers are sized without one.
    public ResolvedLimit(int connections, Func<int, string> describe, bool isAssumed)
    {
        Connections = connections;
        this.describe = describe;
        IsAssumed = isAssumed;
    }

    public int Connections { get; }

    /// <summary>"the gateway's SslConnections 50", "SslConnections 50 (from --ssl-connections)".</summary>
    public string Description => describe(Connections);

    /// <summary>The gateway's limit is unknown and the smallest possible one stands in for it.</summary>
    public bool IsAssumed { get; }
}
