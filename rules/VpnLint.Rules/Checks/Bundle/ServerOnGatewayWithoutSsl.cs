using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Bundle;

/// <summary>VPN700: an SSL server or an IPsec server on a gateway of the bundle whose SSL-VPN is not enabled.</summary>
internal sealed class ServerOnGatewayWithoutSsl : BundleCheck
{
    public override string RuleId => RuleIds.ServerOnGatewayWithoutSsl;

    public override void Check(BundleCheckContext context)
    {
        foreach (var server in RequestsOfRulePages(context.Bundle))
        {
            if (context.Bundle.GatewayOf(server) is not { } gateway)
            {
                continue;
            }

            var ssl = gateway.Get(ParameterNames.EnableSsl);
            if (!ValueReader.TryReadFlag(ssl, out var enabled) || enabled)
            {
                continue;
            }

            var where = server.Find(ParameterNames.VpnGatewayId)?.Value.Span ?? server.Request.Span;
            context.Report(RuleId, server, where, server.PathOf(ParameterNames.VpnGatewayId),
            [
                server.Request.Description.Name,
                RequestLines.LineOf(gateway.Request, server.Request),
                ValueReader.DescribeFlag(ssl),
            ]);
        }
    }
}
