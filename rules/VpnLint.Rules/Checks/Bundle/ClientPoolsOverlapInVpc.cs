using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Bundle;

/// <summary>
/// VPN702: the client blocks of two servers in one VPC overlap. A bundle describes one VPC unless its
/// gateways name different VpcIds; then two servers share a VPC when their gateways name the same one.
/// </summary>
internal sealed class ClientPoolsOverlapInVpc : BundleCheck
{
    public override string RuleId => RuleIds.ClientPoolsOverlapInVpc;

    public override void Check(BundleCheckContext context)
    {
        var servers = new List<RequestFacts>(RequestsOfRulePages(context.Bundle));
        var severalVpcs = HasSeveralVpcs(context.Bundle);
        for (var later = 1; later < servers.Count; later++)
        {
            if (servers[later].ClientCidr is not { IsValid: true } laterPool)
            {
                continue;
            }

            for (var earlier = 0; earlier < later; earlier++)
            {
                if (servers[earlier].ClientCidr is { IsValid: true } earlierPool &&
                    earlierPool.Cidr.Overlaps(laterPool.Cidr) &&
                    (!severalVpcs || SameVpc(context.Bundle, servers[earlier], servers[later])))
                {
                    context.Report(
                        RuleId,
                        servers[later],
                        laterPool.Span,
                        laterPool.Path,
                        [
                            laterPool.Parameter, laterPool.Text, earlierPool.Text,
                            RequestLines.LineOf(servers[earlier].Request, servers[later].Request),
                        ],
                        errorCode: servers[later].Api == ApiKind.CreateIpsecServer ? "VpnRouteEntry.Conflict" : "IpConflict");
                    break;
                }
            }
        }
    }

    private static bool HasSeveralVpcs(BundleFacts bundle)
    {
        string? seen = null;
        foreach (var gateway in bundle.Gateways)
        {
            var vpc = ValueReader.ReadText(gateway.Get(ParameterNames.VpcId));
            if (vpc is null)
            {
                continue;
            }

            if (seen is not null && seen != vpc)
            {
                return true;
            }

            seen = vpc;
        }

        return false;
    }

    private static bool SameVpc(BundleFacts bundle, RequestFacts left, RequestFacts right)
    {
        var leftVpc = VpcOf(bundle, left);
        return leftVpc is not null && leftVpc == VpcOf(bundle, right);
    }

    private static string? VpcOf(BundleFacts bundle, RequestFacts server) =>
        bundle.GatewayOf(server) is { } gateway ? ValueReader.ReadText(gateway.Get(ParameterNames.VpcId)) : null;
}
