using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Bundle;

/// <summary>
/// VPN701: a second SSL server, or a second IPsec server, created on one gateway: two servers that
/// name the same VpnGatewayId and resolve to the same gateway of the bundle, or to none.
/// </summary>
internal sealed class SecondServerOnGateway : BundleCheck
{
    public override string RuleId => RuleIds.SecondServerOnGateway;

    public override void Check(BundleCheckContext context)
    {
        // A bundle holds a few servers: a list compared by reference beats hashing the requests' facts.
        var first = new List<(ApiKind Api, RequestFacts? Gateway, string? GatewayId, RequestFacts Server)>();
        foreach (var server in RequestsOfRulePages(context.Bundle))
        {
            var gatewayRequest = context.Bundle.GatewayOf(server);
            var gatewayId = ValueReader.ReadText(server.Get(ParameterNames.VpnGatewayId));
            if (gatewayRequest is null && gatewayId is null)
            {
                continue;
            }

            // Two servers that name different gateway IDs are on different gateways, whatever the bundle holds.
            if (Earlier(first, server.Api, gatewayRequest, gatewayId) is not { } earlier)
            {
                first.Add((server.Api, gatewayRequest, gatewayId, server));
                continue;
            }

            var ssl = server.Api == ApiKind.CreateSslVpnServer;
            var where = server.Find(ParameterNames.VpnGatewayId)?.Value.Span ?? server.Request.Span;
            context.Report(RuleId, server, where, server.PathOf(ParameterNames.VpnGatewayId),
            [
                ssl ? "SSL server" : "IPsec server",
                // A server without an ID resolves only to the bundle's one unlabelled gateway.
                gatewayId ?? "the bundle's gateway",
                RequestLines.LineOf(earlier.Request, server.Request),
            ],
            errorCode: ssl ? "SslVpnServer.AlreadyExist" : "OperationFailed.IPsecServerExist");
        }
    }

    private static RequestFacts? Earlier(List<(ApiKind Api, RequestFacts? Gateway, string? GatewayId, RequestFacts Server)> first, ApiKind api, RequestFacts? gateway, string? gatewayId)
    {
        foreach (var server in first)
        {
            if (server.Api == api && ReferenceEquals(server.Gateway, gateway) && string.Equals(server.GatewayId, gatewayId, StringComparison.Ordinal))
            {
                return server.Server;
            }
        }

        return null;
    }
}
