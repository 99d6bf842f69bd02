namespace VpnLint.Rules.Engine;

/// <summary>The connection limit a server's client block is sized against, and how a message names it.</summary>
internal sealed class ResolvedLimit
{
    public ResolvedLimit(int connections, string description, bool isAssumed)
    {
        Connections = connections;
        Description = description;
        IsAssumed = isAssumed;
    }

    public int Connections { get; }

    /// <summary>"the gateway's SslConnections 50", "SslConnections 50 (from --ssl-connections)".</summary>
    public string Description { get; }

    /// <summary>The gateway's limit is unknown and the smallest possible one stands in for it.</summary>
    public bool IsAssumed { get; }
}
