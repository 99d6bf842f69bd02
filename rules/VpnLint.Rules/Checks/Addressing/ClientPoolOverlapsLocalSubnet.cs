using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;

namespace VpnLint.Rules.Checks.Addressing;

/// <summary>VPN106: the client block overlaps a local block; one finding per local block it overlaps.</summary>
internal sealed class ClientPoolOverlapsLocalSubnet : RequestCheck
{
    public override string RuleId => RuleIds.ClientPoolOverlapsLocalSubnet;

    public override void Check(RequestCheckContext context)
    {
        if (context.Request.ClientCidr is not { IsValid: true } client)
        {
            return;
        }

        var locals = context.Request.LocalCidrs;
        for (var index = 0; index < locals.Count; index++)
        {
            var local = locals[index];
            if (local.IsValid && local.Cidr.Overlaps(client.Cidr))
            {
                // IpConflict is the SSL pages' answer; the IPsec page documents none for this.
                var errorCode = context.Request.Api == ApiKind.CreateIpsecServer ? FindingCollector.NoErrorCode : null;
                context.Report(RuleId, client.Span, client.Path, [client.Parameter, client.Text, local.Text], errorCode: errorCode);
            }
        }
    }
}
