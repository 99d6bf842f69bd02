namespace VpnLint.Rules.Model;

/// <summary>A gateway's connection limit known from outside the request, and where it was set, for messages.</summary>
public sealed class ConnectionLimit
{
    public ConnectionLimit(int value, string source)
    {
        Value = value;
        Source = source;
    }

    public int Value { get; }

    /// <summary>Where the value was set, as a message names it: "--ssl-connections", "vpnlint.yaml".</summary>
    public string Source { get; }
}
