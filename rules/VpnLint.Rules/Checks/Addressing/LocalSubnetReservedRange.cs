using VpnLint.Rules.Addressing;
using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;

namespace VpnLint.Rules.Checks.Addressing;

/// <summary>
/// VPN105: a local block overlaps a range its page forbids: CreateSslVpnServer forbids 100.64.0.0/10 and
/// ModifySslVpnServer does not; Huawei allows 169.254.0.0/16 and forbids 0.0.0.0/8 and 240.0.0.0/4.
/// </summary>
internal sealed class LocalSubnetReservedRange : RequestCheck
{
    public override string RuleId => RuleIds.LocalSubnetReservedRange;

    public override void Check(RequestCheckContext context)
    {
        var request = context.Request;
        var forbidden = request.Api switch
        {
            ApiKind.CreateSslVpnServer => AddressRanges.AlibabaCreateLocal,
            ApiKind.ModifySslVpnServer => AddressRanges.AlibabaModifyLocal,
            _ => AddressRanges.HuaweiLocal,
        };

        var locals = request.LocalCidrs;
        for (var index = 0; index < locals.Count; index++)
        {
            var local = locals[index];
            if (local.IsValid && AddressRanges.FirstOverlap(forbidden, local.Cidr) is { } range)
            {
                context.Report(RuleId, local.Span, local.Path,
                    [local.Parameter, local.Text, range.Block.ToString(), range.Description, request.Request.Description.DisplayName]);
            }
        }
    }
}
