using VpnLint.Rules.Addressing;
using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;

namespace VpnLint.Rules.Checks.Addressing;

/// <summary>
/// VPN104: the client block overlaps a range its page forbids. Alibaba and Huawei forbid different
/// ranges (Alibaba 100.64.0.0/10 and 255.0.0.0/8, Huawei 0.0.0.0/8 and 240.0.0.0/4). Overlap counts.
/// </summary>
internal sealed class ClientPoolReservedRange : RequestCheck
{
    public override string RuleId => RuleIds.ClientPoolReservedRange;

    public override void Check(RequestCheckContext context)
    {
        var request = context.Request;
        if (request.ClientCidr is not { IsValid: true } client)
        {
            return;
        }

        var forbidden = request.Api == ApiKind.HuaweiCreateVpnServer ? AddressRanges.HuaweiClient : AddressRanges.AlibabaSslClient;
        if (AddressRanges.FirstOverlap(forbidden, client.Cidr) is { } range)
        {
            context.Report(RuleId, client.Span, client.Path,
                [client.Parameter, client.Text, range.Block.ToString(), range.Description, request.Request.Description.DisplayName]);
        }
    }
}
