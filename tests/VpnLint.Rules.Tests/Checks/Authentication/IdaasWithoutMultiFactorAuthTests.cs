using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Authentication;

[TestClass]
public sealed class IdaasWithoutMultiFactorAuthTests
{
    [TestMethod]
    [DataRow("IDaaSInstanceId")]
    [DataRow("IDaaSRegionId")]
    [DataRow("IDaaSApplicationId")]
    public void IdaasParameterWithoutMfa_OnCreate_IsAWarning(string name)
    {
        var finding = Lint.Check(ApiKind.CreateSslVpnServer, JsonEdit.Set(ValidRequests.SslServer, name, "\"x-1\""), RuleIds.IdaasWithoutMultiFactorAuth).Single();

        Assert.AreEqual(Severity.Warning, finding.Severity);
        Assert.AreEqual($"{name} is set but EnableMultiFactorAuth is not set (false by default): the IDaaS parameters have no effect; set EnableMultiFactorAuth to true or remove {name}", finding.Message);
    }

    [TestMethod]
    public void IdaasParameterOnModify_IsReportedOnlyWhenMfaIsTurnedOff()
    {
        Assert.IsEmpty(Lint.Check(ApiKind.ModifySslVpnServer, JsonEdit.Set(ValidRequests.ModifySslServer, "IDaaSApplicationId", "\"app-1\""), RuleIds.IdaasWithoutMultiFactorAuth), "Left out, the server keeps its setting.");
        Assert.HasCount(1, Lint.Check(ApiKind.ModifySslVpnServer, JsonEdit.Set(ValidRequests.ModifySslServer, ("IDaaSApplicationId", "\"app-1\""), ("EnableMultiFactorAuth", "false")), RuleIds.IdaasWithoutMultiFactorAuth));
    }

    [TestMethod]
    public void MfaExplicitlyFalse_IsNamedSo()
    {
        var json = JsonEdit.Set(ValidRequests.SslServer, ("EnableMultiFactorAuth", "false"), ("IDaaSInstanceId", "\"idaas-1\""));

        Assert.Contains("EnableMultiFactorAuth is false", Lint.Check(ApiKind.CreateSslVpnServer, json, RuleIds.IdaasWithoutMultiFactorAuth).Single().Message);
    }

    [TestMethod]
    public void MfaOfTheWrongType_IsLeftToVpn004_NotCalledUnset()
    {
        var json = JsonEdit.Set(ValidRequests.SslServer, ("EnableMultiFactorAuth", "\"yes\""), ("IDaaSInstanceId", "\"idaas-1\""));

        Assert.IsEmpty(Lint.Check(ApiKind.CreateSslVpnServer, json, RuleIds.IdaasWithoutMultiFactorAuth));
    }

    [TestMethod]
    public void IdaasWithMfa_IsNotReported()
    {
        var json = JsonEdit.Set(ValidRequests.SslServer, ("EnableMultiFactorAuth", "true"), ("IDaaSInstanceId", "\"idaas-1\""), ("IDaaSRegionId", "\"cn-hangzhou\""));

        Assert.IsEmpty(Lint.Check(ApiKind.CreateSslVpnServer, json, RuleIds.IdaasWithoutMultiFactorAuth));
    }

    [TestMethod]
    public void EmptyIdaasValue_IsNotASetting()
    {
        Assert.IsEmpty(Lint.Check(ApiKind.CreateSslVpnServer, JsonEdit.Set(ValidRequests.SslServer, "IDaaSInstanceId", "\"\""), RuleIds.IdaasWithoutMultiFactorAuth));
    }
}
