using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Authentication;

/// <summary>VPN401: IDaaS parameters are set while two-factor authentication is not on, so they do nothing.</summary>
internal sealed class IdaasWithoutMultiFactorAuth : RequestCheck
{
    private static readonly string[] IdaasParameters = [ParameterNames.IDaaSInstanceId, ParameterNames.IDaaSRegionId, ParameterNames.IDaaSApplicationId];

    public override string RuleId => RuleIds.IdaasWithoutMultiFactorAuth;

    public override void Check(RequestCheckContext context)
    {
        var request = context.Request;
        var enabled = request.Get(ParameterNames.EnableMultiFactorAuth);
        if (ValueReader.IsTrue(enabled) || enabled is UnknownValue)
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
