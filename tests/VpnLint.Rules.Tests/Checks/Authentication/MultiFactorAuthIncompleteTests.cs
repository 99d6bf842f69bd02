using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Authentication;

[TestClass]
public sealed class MultiFactorAuthIncompleteTests
{
    private static IReadOnlyList<Finding> Check(ApiKind api, params (string Path, string Value)[] members)
    {
        var valid = api == ApiKind.CreateSslVpnServer ? ValidRequests.SslServer : ValidRequests.ModifySslServer;
        return Lint.Check(api, JsonEdit.Set(JsonEdit.Set(valid, "EnableMultiFactorAuth", "true"), members), RuleIds.MultiFactorAuthIncomplete);
    }

    [TestMethod]
    public void Create_NeedsInstanceAndRegion_NotApplication()
    {
        Assert.IsEmpty(Check(ApiKind.CreateSslVpnServer, ("IDaaSInstanceId", "\"idaas-cn-hangzhou-1\""), ("IDaaSRegionId", "\"cn-hangzhou\"")));
    }

    [TestMethod]
    public void Modify_AlsoNeedsTheApplication()
    {
        var finding = Check(ApiKind.ModifySslVpnServer, ("IDaaSInstanceId", "\"idaas-cn-hangzhou-1\""), ("IDaaSRegionId", "\"cn-hangzhou\"")).Single();

        Assert.AreEqual("EnableMultiFactorAuth is true but IDaaSApplicationId is missing: ModifySslVpnServer needs IDaaSInstanceId, IDaaSRegionId and IDaaSApplicationId for two-factor authentication", finding.Message);
        Assert.AreEqual("MissingParam.IDaaSApplicationId", finding.ErrorCode);
        Assert.AreEqual("IDaaSApplicationId", finding.Path);
    }

    [TestMethod]
    public void EachMissingParameter_IsReportedWithItsOwnErrorCode()
    {
        var findings = Check(ApiKind.CreateSslVpnServer);

        CollectionAssert.AreEqual(new[] { "MissingParameter.IDaaSInstanceId", "MissingParam.IDaaSRegionId" }, findings.Select(finding => finding.ErrorCode).ToList());
        Assert.AreEqual("EnableMultiFactorAuth is true but IDaaSInstanceId is missing: CreateSslVpnServer needs IDaaSInstanceId and IDaaSRegionId for two-factor authentication", findings[0].Message);
    }

    [TestMethod]
    public void EmptyIdaasValue_CountsAsMissing()
    {
        Assert.HasCount(1, Check(ApiKind.CreateSslVpnServer, ("IDaaSInstanceId", "\"\""), ("IDaaSRegionId", "\"cn-hangzhou\"")));
    }

    [TestMethod]
    public void WithoutTwoFactorAuthentication_NothingIsNeeded()
    {
        Assert.IsEmpty(Lint.Check(ApiKind.ModifySslVpnServer, JsonEdit.Set(ValidRequests.ModifySslServer, "EnableMultiFactorAuth", "false"), RuleIds.MultiFactorAuthIncomplete));
    }
}
