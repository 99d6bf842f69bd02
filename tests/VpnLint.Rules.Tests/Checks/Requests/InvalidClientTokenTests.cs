using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Requests;

[TestClass]
public sealed class InvalidClientTokenTests
{
    [TestMethod]
    [DataRow(ApiKind.CreateVpnGateway, ValidRequests.Gateway)]
    [DataRow(ApiKind.CreateSslVpnServer, ValidRequests.SslServer)]
    [DataRow(ApiKind.ModifySslVpnServer, ValidRequests.ModifySslServer)]
    [DataRow(ApiKind.CreateIpsecServer, ValidRequests.IpsecServer)]
    public void AlibabaClientToken_OfAscii_IsAllowed_ElseNot(ApiKind api, string valid)
    {
        Assert.IsEmpty(Lint.Check(api, JsonEdit.Set(valid, "ClientToken", "\"02fb3da4-130e-11e9-8e44-0016e04115b ~\\u007f\""), RuleIds.InvalidClientToken));

        var finding = Lint.Check(api, JsonEdit.Set(valid, "ClientToken", "\"token-\\u0080\""), RuleIds.InvalidClientToken).Single();

        Assert.AreEqual(Severity.Error, finding.Severity);
        Assert.EndsWith("it may hold only ASCII characters, not '\\u0080'", finding.Message);
    }

    [TestMethod]
    [DataRow("2407a20d-0bf7-4530-ba9a-7ffa0cedfa3b")]
    [DataRow("2407A20D-0BF7-4530-BA9A-7FFA0CEDFA3B")]
    public void HuaweiClientToken_ThatIsAUuid_IsAllowed(string token)
    {
        Assert.IsEmpty(Lint.Check(ApiKind.HuaweiCreateVpnServer, JsonEdit.Set(ValidRequests.HuaweiServer, "X-Client-Token", JsonEdit.Quoted(token)), RuleIds.InvalidClientToken));
    }

    [TestMethod]
    [DataRow("2407a20d-0bf7-4530-ba9a-7ffa0cedfa3")]
    [DataRow("2407a20d-0bf7-4530-ba9a-7ffa0cedfa3bb")]
    [DataRow("2407a20d0bf7-4530-ba9a-7ffa0cedfa3b0")]
    [DataRow("2407a20g-0bf7-4530-ba9a-7ffa0cedfa3b")]
    [DataRow("{407a20d-0bf7-4530-ba9a-7ffa0cedfa3}")]
    public void HuaweiClientToken_ThatIsNotA36CharacterUuid_IsReported(string token)
    {
        var finding = Lint.Check(ApiKind.HuaweiCreateVpnServer, JsonEdit.Set(ValidRequests.HuaweiServer, "X-Client-Token", JsonEdit.Quoted(token)), RuleIds.InvalidClientToken).Single();

        Assert.AreEqual("X-Client-Token", finding.Path);
        Assert.EndsWith("it must be a UUID of 36 characters, such as 2407a20d-0bf7-4530-ba9a-7ffa0cedfa3b", finding.Message);
    }
}
