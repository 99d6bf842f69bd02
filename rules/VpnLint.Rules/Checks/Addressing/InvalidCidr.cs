using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Addressing;

/// <summary>
/// VPN100: a client or local value is not a strict IPv4 CIDR block. Each item of a comma-separated
/// LocalSubnet is judged and pointed at alone, its value quoted so that a stray space or an empty item
/// shows. An empty required value is VPN003's, not this rule's.
/// </summary>
internal sealed class InvalidCidr : RequestCheck
{
    public override string RuleId => RuleIds.InvalidCidr;

    public override void Check(RequestCheckContext context)
    {
        var request = context.Request;
        if (request.ClientCidr is { IsValid: false } client)
        {
            var reason = client.Text.IndexOf(',') >= 0
                ? $"{client.Parameter} takes one block, not a list"
                : CidrReasons.Explain(client.Parse, client.Text);
            ReportUnlessRequiredAndEmpty(context, client, reason);
        }

        var locals = request.LocalCidrs;
        if (locals.Count == 1 && string.IsNullOrWhiteSpace(locals[0].Text))
        {
            ReportUnlessRequiredAndEmpty(context, locals[0], CidrReasons.Explain(locals[0].Parse, locals[0].Text));
            return;
        }

        foreach (var local in locals)
        {
            if (!local.IsValid)
            {
                Report(context, local, CidrReasons.Explain(local.Parse, local.Text));
            }
        }
    }

    /// <summary>An empty value is VPN003's when the parameter is required; otherwise this rule's.</summary>
    private void ReportUnlessRequiredAndEmpty(RequestCheckContext context, LocatedCidr cidr, string reason)
    {
        if (!string.IsNullOrWhiteSpace(cidr.Text))
        {
            Report(context, cidr, reason);
        }
        else if (ParameterCatalog.Find(context.Request.Api, cidr.Parameter) is { Required: false })
        {
            Report(context, cidr, $"it is empty; leave {cidr.Parameter} out to keep the server's current blocks");
        }
    }

    private void Report(RequestCheckContext context, LocatedCidr cidr, string reason)
    {
        var code = cidr.Parameter == ParameterNames.LocalSubnet ? "IllegalParam.LocalSubnet"
            : cidr.Parameter == ParameterNames.ClientIpPool ? "IllegalParam.ClientIpPool"
            : null;
        context.Report(RuleId, cidr.Span, cidr.Path, [cidr.Parameter, ValueDescription.Quote(cidr.Text), reason], errorCode: code);
    }
}
