using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Addressing;

/// <summary>
/// VPN100: a client or local value is not a strict IPv4 CIDR block. Each item of a comma-separated
/// LocalSubnet is judged and pointed at alone. An empty required value is VPN003's, not this rule's.
/// </summary>
internal sealed class InvalidCidr : RequestCheck
{
    public override string RuleId => RuleIds.InvalidCidr;

    public override void Check(RequestCheckContext context)
    {
        var request = context.Request;
        if (request.ClientCidr is { IsValid: false } client && !string.IsNullOrWhiteSpace(client.Text))
        {
            var reason = client.Text.IndexOf(',') >= 0
                ? $"{client.Parameter} takes one block, not a list"
                : CidrReasons.Explain(client.Parse, client.Text);
            Report(context, client, reason);
        }

        var locals = request.LocalCidrs;
        var wholeListEmpty = locals.Count == 1 && string.IsNullOrWhiteSpace(locals[0].Text);
        foreach (var local in locals)
        {
            if (!local.IsValid && !wholeListEmpty)
            {
                Report(context, local, CidrReasons.Explain(local.Parse, local.Text));
            }
        }
    }

    private void Report(RequestCheckContext context, LocatedCidr cidr, string reason)
    {
        var code = cidr.Parameter == ParameterNames.LocalSubnet ? "IllegalParam.LocalSubnet"
            : cidr.Parameter == ParameterNames.ClientIpPool ? "IllegalParam.ClientIpPool"
            : null;
        context.Report(RuleId, cidr.Span, cidr.Path, [cidr.Parameter, cidr.Text, reason], errorCode: code);
    }
}
