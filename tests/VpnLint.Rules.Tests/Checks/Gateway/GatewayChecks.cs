using VpnLint.Rules.Apis;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Gateway;

/// <summary>Runs one gateway rule on the valid gateway with some members changed.</summary>
internal static class GatewayChecks
{
    public static IReadOnlyList<Finding> Check(string ruleId, params (string Path, string Value)[] members) =>
        Lint.Check(ApiKind.CreateVpnGateway, JsonEdit.Set(ValidRequests.Gateway, members), ruleId);

    public static IReadOnlyList<Finding> CheckWithout(string ruleId, string removed, params (string Path, string Value)[] members) =>
        Lint.Check(ApiKind.CreateVpnGateway, JsonEdit.Set(JsonEdit.Remove(ValidRequests.Gateway, removed), members), ruleId);
}
