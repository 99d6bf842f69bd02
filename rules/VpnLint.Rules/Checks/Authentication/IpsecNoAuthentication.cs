using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Authentication;

/// <summary>
/// VPN405: an IPsec server whose PskEnabled is false has no authentication method left (the request
/// offers no IDaaS method any more). A missing PskEnabled is VPN003's.
/// </summary>
internal sealed class IpsecNoAuthentication : RequestCheck
{
    public override string RuleId => RuleIds.IpsecNoAuthentication;

    public override void Check(RequestCheckContext context)
    {
        var enabled = context.Request.Get(ParameterNames.PskEnabled);
        if (ValueReader.TryReadBoolean(enabled, out var flag) && !flag)
        {
            context.Report(RuleId, enabled!.Span, context.Request.PathOf(ParameterNames.PskEnabled), ["false"]);
        }
    }
}
