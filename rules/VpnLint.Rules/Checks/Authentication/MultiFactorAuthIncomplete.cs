using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Authentication;

/// <summary>
/// VPN400: two-factor authentication is on but an IDaaS parameter is missing. The pages differ:
/// CreateSslVpnServer needs IDaaSInstanceId and IDaaSRegionId; ModifySslVpnServer also IDaaSApplicationId.
/// </summary>
internal sealed class MultiFactorAuthIncomplete : RequestCheck
{
    private static readonly (string Name, string ErrorCode)[] CreateNeeds =
    [
        (ParameterNames.IDaaSInstanceId, "MissingParameter.IDaaSInstanceId"),
        (ParameterNames.IDaaSRegionId, "MissingParam.IDaaSRegionId"),
    ];

    private static readonly (string Name, string ErrorCode)[] ModifyNeeds =
    [
        .. CreateNeeds,
        (ParameterNames.IDaaSApplicationId, "MissingParam.IDaaSApplicationId"),
    ];

    public override string RuleId => RuleIds.MultiFactorAuthIncomplete;

    public override void Check(RequestCheckContext context)
    {
        var request = context.Request;
        var enabled = request.Get(ParameterNames.EnableMultiFactorAuth);
        if (!ValueReader.IsTrue(enabled))
        {
            return;
        }

        var needs = request.Api == ApiKind.ModifySslVpnServer ? ModifyNeeds : CreateNeeds;
        var needList = Describe(needs);
        foreach (var (name, errorCode) in needs)
        {
            if (!ValueReader.HasContent(request.Get(name)))
            {
                context.Report(RuleId, enabled!.Span, request.PathOf(name), [name, request.Request.Description.DisplayName, needList], errorCode: errorCode);
            }
        }
    }

    private static string Describe((string Name, string ErrorCode)[] needs) => needs.Length == 2
        ? $"{needs[0].Name} and {needs[1].Name}"
        : $"{needs[0].Name}, {needs[1].Name} and {needs[2].Name}";
}
