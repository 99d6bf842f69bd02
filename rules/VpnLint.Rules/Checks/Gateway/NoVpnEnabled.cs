using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Gateway;

/// <summary>VPN603: EnableIpsec is false and EnableSsl is not true, so the gateway would carry no VPN at all.</summary>
internal sealed class NoVpnEnabled : RequestCheck
{
    public override string RuleId => RuleIds.NoVpnEnabled;

    public override void Check(RequestCheckContext context)
    {
        var ipsec = context.Request.Get(ParameterNames.EnableIpsec);
        var ssl = context.Request.Get(ParameterNames.EnableSsl);
        if (ValueReader.TryReadBoolean(ipsec, out var ipsecEnabled) && !ipsecEnabled && ValueReader.TryReadFlag(ssl, out var sslEnabled) && !sslEnabled)
        {
            context.Report(RuleId, ipsec!.Span, context.Request.PathOf(ParameterNames.EnableIpsec), [ValueReader.DescribeFlag(ssl)]);
        }
    }
}
