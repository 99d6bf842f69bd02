using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Authentication;

/// <summary>
/// VPN401: IDaaS parameters are set while two-factor authentication is off, so they do nothing: off by
/// default on CreateSslVpnServer, explicitly false on ModifySslVpnServer.
/// </summary>
internal sealed class IdaasWithoutMultiFactorAuth : RequestCheck
{
    private static readonly string[] IdaasParameters = [ParameterNames.IDaaSInstanceId, ParameterNames.IDaaSRegionId, ParameterNames.IDaaSApplicationId];

    public override string RuleId => RuleIds.IdaasWithoutMultiFactorAuth;

    public override void Check(RequestCheckContext context)
    {
        var request = context.Request;
        var enabled = request.Get(ParameterNames.EnableMultiFactorAuth);
        // A modification that leaves EnableMultiFactorAuth out keeps the server's current setting.
        var leftAsItIs = request.Api == ApiKind.ModifySslVpnServer && !ValueReader.IsPresent(enabled);
        if (!ValueReader.TryReadFlag(enabled, out var on) || on || leftAsItIs)
        {
            return;
        }

        foreach (var name in IdaasParameters)
        {
            var value = request.Get(name);
            if (ValueReader.HasContent(value))
            {
                context.Report(RuleId, value!.Span, request.PathOf(name), [name, ValueReader.DescribeFlag(enabled)]);
            }
        }
    }
}
