using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Gateway;

/// <summary>VPN602: SslConnections is set on a gateway whose SSL-VPN is off (EnableSsl defaults to false).</summary>
internal sealed class SslConnectionsWithoutSsl : RequestCheck
{
    public override string RuleId => RuleIds.SslConnectionsWithoutSsl;

    public override void Check(RequestCheckContext context)
    {
        var value = context.Request.Get(ParameterNames.SslConnections);
        var ssl = context.Request.Get(ParameterNames.EnableSsl);
        if (ValueReader.HasContent(value) && ValueReader.TryReadFlag(ssl, out var enabled) && !enabled)
        {
            context.Report(RuleId, value!.Span, context.Request.PathOf(ParameterNames.SslConnections),
                [ValueReader.DescribeFlag(ssl)]);
        }
    }
}
