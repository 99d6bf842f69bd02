using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;

namespace VpnLint.Rules.Checks.Addressing;

/// <summary>VPN101: a block's address has bits set beyond its prefix; the fix writes the network address.</summary>
internal sealed class CidrHostBitsSet : RequestCheck
{
    public override string RuleId => RuleIds.CidrHostBitsSet;

    public override void Check(RequestCheckContext context)
    {
        if (context.Request.ClientCidr is { } client)
        {
            Check(context, client);
        }

        var locals = context.Request.LocalCidrs;
        for (var index = 0; index < locals.Count; index++)
        {
            var local = locals[index];
            Check(context, local);
        }
    }

    private void Check(RequestCheckContext context, LocatedCidr cidr)
    {
        if (cidr.IsValid && cidr.Cidr.HasHostBits)
        {
            var network = cidr.Cidr.Canonical.ToString();
            context.Report(RuleId, cidr.Span, cidr.Path, [cidr.Parameter, cidr.Text, network], replacement: network);
        }
    }
}
