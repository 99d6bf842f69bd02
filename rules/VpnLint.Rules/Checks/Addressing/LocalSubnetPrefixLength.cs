using System.Globalization;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;

namespace VpnLint.Rules.Checks.Addressing;

/// <summary>VPN103: an SSL server's local block must have a prefix length of 8 to 32 (a longer one does not parse).</summary>
internal sealed class LocalSubnetPrefixLength : RequestCheck
{
    private const int Shortest = 8;

    public override string RuleId => RuleIds.LocalSubnetPrefixLength;

    public override void Check(RequestCheckContext context)
    {
        var locals = context.Request.LocalCidrs;
        for (var index = 0; index < locals.Count; index++)
        {
            var local = locals[index];
            if (local.IsValid && local.Cidr.PrefixLength < Shortest)
            {
                context.Report(RuleId, local.Span, local.Path,
                [
                    local.Parameter, local.Text, local.Cidr.PrefixLength.ToString(CultureInfo.InvariantCulture),
                    "list the /8 or longer blocks clients need instead",
                ]);
            }
        }
    }
}
