using Microsoft.CodeAnalysis.Diagnostics;
using VpnLint.Rules.Checks.Requests;
using VpnLint.Rules.Model;

namespace VpnLint.Analyzers.Settings;

/// <summary>
/// What the analyzers know beyond the code, from <c>.editorconfig</c> or <c>.globalconfig</c>: the
/// gateway's connection limit and the VPC's CIDR blocks. A value that does not read is left out here and
/// reported as VPN008 (see <see cref="SettingDiagnostics"/>).
/// </summary>
internal static class ContextOptions
{
    public static CheckContext Read(AnalyzerConfigOptions options)
    {
        var limit = options.TryGetValue(InvalidAnalyzerSetting.SslConnections, out var connections) ? InvalidAnalyzerSetting.ReadSslConnections(connections) : null;
        var cidrs = options.TryGetValue(InvalidAnalyzerSetting.VpcCidrs, out var blocks) ? InvalidAnalyzerSetting.ReadVpcCidrs(blocks) : [];
        return new CheckContext(sslConnections: limit, vpcCidrs: cidrs);
    }
}
