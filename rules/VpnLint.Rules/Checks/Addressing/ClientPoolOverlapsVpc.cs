using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;

namespace VpnLint.Rules.Checks.Addressing;

/// <summary>
/// VPN107: the client block overlaps a block of the VPC or one of its route destinations. Only the
/// context knows them (a bundle's context, the configuration, an option): without it, nothing is said.
/// </summary>
internal sealed class ClientPoolOverlapsVpc : RequestCheck
{
    public override string RuleId => RuleIds.ClientPoolOverlapsVpc;

    public override void Check(RequestCheckContext context)
    {
        if (context.Request.ClientCidr is not { IsValid: true } client)
        {
            return;
        }

        var vpcBlocks = context.Context.VpcCidrs;
        for (var index = 0; index < vpcBlocks.Count; index++)
        {
            var vpcBlock = vpcBlocks[index];
            if (vpcBlock.Block.Overlaps(client.Cidr))
            {
                context.Report(RuleId, client.Span, client.Path, [client.Parameter, client.Text, vpcBlock.Block.ToString(), vpcBlock.Source], errorCode: ErrorCodeOf(context.Request.Api));
            }
        }
    }

    /// <summary>What each page answers: IPsec servers conflict with the VPC, SSL servers with its routes.</summary>
    private static string ErrorCodeOf(ApiKind api) => api switch
    {
        ApiKind.CreateIpsecServer => "InvalidClientIpPool.Conflict",
        ApiKind.HuaweiCreateVpnServer => FindingCollector.NoErrorCode,
        _ => "EnableHaCheck.SslVpnServerClientCidrContainsVpcRouteDest",
    };
}
