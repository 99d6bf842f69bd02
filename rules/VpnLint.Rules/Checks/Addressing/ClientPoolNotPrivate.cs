using VpnLint.Rules.Addressing;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;

namespace VpnLint.Rules.Checks.Addressing;

/// <summary>
/// VPN108: the SSL server's client block is not inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16, as
/// the pages recommend. Blocks in forbidden ranges are VPN104's, not repeated here.
/// </summary>
internal sealed class ClientPoolNotPrivate : RequestCheck
{
    public override string RuleId => RuleIds.ClientPoolNotPrivate;

    public override void Check(RequestCheckContext context)
    {
        if (context.Request.ClientCidr is not { IsValid: true } client ||
            AddressRanges.AnyContains(AddressRanges.Private, client.Cidr) ||
            AddressRanges.FirstOverlap(AddressRanges.AlibabaSslClient, client.Cidr) is not null)
        {
            return;
        }

        context.Report(RuleId, client.Span, client.Path, [client.Parameter, client.Text]);
    }
}
