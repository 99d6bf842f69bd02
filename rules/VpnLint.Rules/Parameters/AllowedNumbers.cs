namespace VpnLint.Rules.Parameters;

/// <summary>The numbers an integer parameter takes, where its page lists them: one list for the checks and for the front ends' own settings.</summary>
public static class AllowedNumbers
{
    /// <summary>CreateVpnGateway <c>SslConnections</c> (VPN601), which the CLI's <c>--ssl-connections</c> also takes.</summary>
    public static IReadOnlyList<long> SslConnections { get; } = [5, 10, 20, 50, 100, 200, 500, 1000];
}
