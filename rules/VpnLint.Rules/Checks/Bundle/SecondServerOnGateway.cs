using System.Globalization;
using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Bundle;

/// <summary>
/// VPN701: a second SSL server, or a second IPsec server, created on one gateway. Servers are on the
/// same gateway when they resolve to the same gateway request of the bundle, or else name the same
/// VpnGatewayId.
/// </summary>
internal sealed class SecondServerOnGateway : BundleCheck
{
    public override string RuleId => RuleIds.SecondServerOnGateway;

    public override void Check(BundleCheckContext context)
    {
        var first = new Dictionary<(ApiKind Api, object Gateway), RequestFacts>();
        foreach (var server in RequestsOfRulePages(context.Bundle))
        {
            var gatewayRequest = context.Bundle.GatewayOf(server);
            var gatewayId = ValueReader.ReadText(server.Get(ParameterNames.VpnGatewayId));
            object? gateway = (object?)gatewayRequest ?? gatewayId;
            if (gateway is null)
            {
                continue;
            }

            if (!first.TryGetValue((server.Api, gateway), out var earlier))
            {
                first.Add((server.Api, gateway), server);
                continue;
            }

            var ssl = server.Api == ApiKind.CreateSslVpnServer;
            var where = server.Find(ParameterNames.VpnGatewayId)?.Value.Span ?? server.Request.Span;
            context.Report(RuleId, server, where, server.PathOf(ParameterNames.VpnGatewayId),
            [
                ssl ? "SSL server" : "IPsec server",
                gatewayId ?? gatewayRequest!.Request.Label ?? "the bundle's gateway",
                earlier.Request.Span.StartLine.ToString(CultureInfo.InvariantCulture),
            ],
            errorCode: ssl ? "SslVpnServer.AlreadyExist" : "OperationFailed.IPsecServerExist");
        }
    }
}
