using VpnLint.Rules.Apis;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests;

[TestClass]
public sealed class RuleEngineTests
{
    [TestMethod]
    [DataRow(ApiKind.CreateVpnGateway, ValidRequests.Gateway)]
    [DataRow(ApiKind.CreateSslVpnServer, ValidRequests.SslServer)]
    [DataRow(ApiKind.ModifySslVpnServer, ValidRequests.ModifySslServer)]
    [DataRow(ApiKind.CreateIpsecServer, ValidRequests.IpsecServer)]
    [DataRow(ApiKind.HuaweiCreateVpnServer, ValidRequests.HuaweiServer)]
    public void ValidRequest_HasNoFindings(ApiKind api, string json)
    {
        var findings = Lint.Check(api, json);

        Assert.AreEqual(string.Empty, string.Join(Environment.NewLine, findings));
    }
}
