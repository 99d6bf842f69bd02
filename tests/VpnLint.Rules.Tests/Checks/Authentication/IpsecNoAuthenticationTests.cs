using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Authentication;

[TestClass]
public sealed class IpsecNoAuthenticationTests
{
    [TestMethod]
    [DataRow("false")]
    [DataRow("\"false\"")]
    public void PskDisabled_LeavesNoAuthentication(string value)
    {
        var finding = Lint.Check(ApiKind.CreateIpsecServer, JsonEdit.Set(ValidRequests.IpsecServer, "PskEnabled", value), RuleIds.IpsecNoAuthentication).Single();

        Assert.AreEqual("PskEnabled is false and no other authentication method is set: CreateIpsecServer needs one; set PskEnabled to true", finding.Message);
        Assert.AreEqual("IllegalParam.AuthMethod", finding.ErrorCode);
    }

    [TestMethod]
    public void PskEnabled_IsAnAuthenticationMethod()
    {
        Assert.IsEmpty(Lint.Check(ApiKind.CreateIpsecServer, ValidRequests.IpsecServer, RuleIds.IpsecNoAuthentication));
    }

    [TestMethod]
    public void PskEnabledLeftOut_IsTheRequiredRulesNotThisOnes()
    {
        var json = JsonEdit.Remove(ValidRequests.IpsecServer, "PskEnabled");

        Assert.IsEmpty(Lint.Check(ApiKind.CreateIpsecServer, json, RuleIds.IpsecNoAuthentication));
        Assert.HasCount(1, Lint.Check(ApiKind.CreateIpsecServer, json, RuleIds.MissingRequiredParameter));
    }
}
