using System.Globalization;
using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Addressing;

/// <summary>
/// VPN109: Huawei's local_subnets holds 1 to 20 blocks (an error). In any local list a block that
/// repeats or overlaps an earlier one is a warning, reported at the later one.
/// </summary>
internal sealed class LocalSubnetList : RequestCheck
{
    public const int HuaweiMaximum = 20;

    public override string RuleId => RuleIds.LocalSubnetList;

    public override void Check(RequestCheckContext context)
    {
        if (context.Request.Api == ApiKind.HuaweiCreateVpnServer)
        {
            CheckHuaweiCount(context);
        }

        var locals = context.Request.LocalCidrs;
        for (var later = 1; later < locals.Count; later++)
        {
            for (var earlier = 0; earlier < later; earlier++)
            {
                if (Problem(locals[earlier], locals[later]) is { } problem)
                {
                    context.Report(RuleId, locals[later].Span, locals[later].Path, [locals[later].Parameter, locals[later].Text, problem], severity: Severity.Warning);
                    break;
                }
            }
        }
    }

    private void CheckHuaweiCount(RequestCheckContext context)
    {
        var member = context.Request.Find(ParameterNames.LocalSubnets);
        if (member?.Value is not ArrayValue list || list.Items.Count is >= 1 and <= HuaweiMaximum)
        {
            return;
        }

        var count = list.Items.Count == 0 ? "is empty" : $"has {list.Items.Count.ToString(CultureInfo.InvariantCulture)} blocks";
        var fix = list.Items.Count == 0
            ? "Huawei needs at least one local CIDR block, the network clients reach"
            : $"Huawei takes at most {HuaweiMaximum}; merge adjacent blocks into larger ones";
        context.Report(RuleId, list.Span, context.Request.PathOf(ParameterNames.LocalSubnets), [ParameterNames.LocalSubnets, count, fix]);
    }

    private static string? Problem(LocatedCidr earlier, LocatedCidr later)
    {
        if (!earlier.IsValid || !later.IsValid || !earlier.Cidr.Overlaps(later.Cidr))
        {
            return null;
        }

        if (earlier.Cidr.Canonical == later.Cidr.Canonical)
        {
            return $"it repeats {earlier.Text}; remove one";
        }

        return later.Cidr.Contains(earlier.Cidr)
            ? $"it contains {earlier.Text}, listed before it; keep only {later.Text}"
            : $"it lies within {earlier.Text}, listed before it; remove it";
    }
}
