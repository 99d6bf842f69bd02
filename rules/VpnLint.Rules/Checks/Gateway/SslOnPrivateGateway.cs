using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Gateway;

/// <summary>VPN604: SSL-VPN cannot be enabled on a private gateway.</summary>
internal sealed class SslOnPrivateGateway : RequestCheck
{
    public override string RuleId => RuleIds.SslOnPrivateGateway;

    public override void Check(RequestCheckContext context)
    {
        var ssl = context.Request.Get(ParameterNames.EnableSsl);
        if (ValueReader.IsTrue(ssl) && GatewaySettings.NetworkType(context.Request) == GatewaySettings.Private)
        {
            context.Report(RuleId, ssl!.Span, context.Request.PathOf(ParameterNames.EnableSsl), []);
        }
    }
}
