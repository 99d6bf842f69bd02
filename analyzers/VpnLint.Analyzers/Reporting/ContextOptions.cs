using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;
using VpnLint.Rules.Addressing;
using VpnLint.Rules.Model;

namespace VpnLint.Analyzers.Reporting;

/// <summary>
/// What the analyzers know beyond the code, from <c>.editorconfig</c> or <c>.globalconfig</c>: the
/// gateway's connection limit and the VPC's CIDR blocks. A value that does not parse is ignored.
/// </summary>
internal static class ContextOptions
{
    public const string SslConnections = "vpnlint.ssl_connections";
    public const string VpcCidrs = "vpnlint.vpc_cidrs";

    public static CheckContext Read(AnalyzerConfigOptions options)
    {
        ConnectionLimit? limit = null;
        if (options.TryGetValue(SslConnections, out var connectionsText) &&
            int.TryParse(connectionsText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var connections) &&
            connections > 0)
        {
            limit = new ConnectionLimit(connections, SslConnections);
        }

        var cidrs = new List<ContextCidr>();
        if (options.TryGetValue(VpcCidrs, out var cidrsText))
        {
            foreach (var item in cidrsText.Split(','))
            {
                if (Ipv4Cidr.TryParse(item.Trim(), out var block))
                {
                    cidrs.Add(new ContextCidr(block, VpcCidrs));
                }
            }
        }

        return new CheckContext(sslConnections: limit, vpcCidrs: cidrs);
    }
}
