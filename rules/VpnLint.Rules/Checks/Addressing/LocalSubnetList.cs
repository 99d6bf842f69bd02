using System.Globalization;
using VpnLint.Rules.Addressing;
using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Addressing;

/// <summary>
/// VPN109: Huawei's local_subnets holds 1 to 20 blocks (an error). In any local list a block that
/// repeats or overlaps an earlier one is a warning, reported at the later one, in list order, naming the
/// earliest block before it that it overlaps.
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
        if (locals.Count < 2)
        {
            return;
        }

        var blocks = new Ipv4Cidr?[locals.Count];
        for (var index = 0; index < locals.Count; index++)
        {
            blocks[index] = locals[index].IsValid ? locals[index].Cidr : null;
        }

        var earliestOverlap = EarliestOverlap.Find(blocks);
        for (var index = 0; index < locals.Count; index++)
        {
            if (earliestOverlap[index] >= 0)
            {
                var local = locals[index];
                context.Report(RuleId, local.Span, local.Path, [local.Parameter, local.Text, Problem(locals[earliestOverlap[index]], local)], severity: Severity.Warning);
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

    /// <summary>
    /// How <paramref name="later"/> overlaps <paramref name="earlier"/>, the earliest block before it that it
    /// overlaps. The blocks are quoted as written, so they can be found; a block to keep is the network
    /// form, as VPN101 asks for.
    /// </summary>
    private static string Problem(LocatedCidr earlier, LocatedCidr later)
    {
        if (earlier.Cidr.Canonical == later.Cidr.Canonical)
        {
            return $"it repeats {earlier.Text}; remove one";
        }

        return later.Cidr.Contains(earlier.Cidr)
            ? $"it contains {earlier.Text}, listed before it; keep only {later.Cidr.Canonical}"
            : $"it lies within {earlier.Text}, listed before it; remove it";
    }
}
