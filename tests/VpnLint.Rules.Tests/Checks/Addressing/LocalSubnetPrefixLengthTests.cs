using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Addressing;

[TestClass]
public sealed class LocalSubnetPrefixLengthTests
{
    private static IReadOnlyList<Finding> Check(ApiKind api, string local) => Lint.Check(
        api,
        JsonEdit.Set(api == ApiKind.CreateSslVpnServer ? ValidRequests.SslServer : ValidRequests.ModifySslServer, "LocalSubnet", JsonEdit.Quoted(local)),
        RuleIds.LocalSubnetPrefixLength);

    [TestMethod]
    [DataRow(ApiKind.CreateSslVpnServer)]
    [DataRow(ApiKind.ModifySslVpnServer)]
    public void Prefix8_IsAllowed_7IsRejected(ApiKind api)
    {
        Assert.IsEmpty(Check(api, "10.0.0.0/8"));

        var finding = Check(api, "10.0.0.0/7").Single();

        Assert.AreEqual("LocalSubnet 10.0.0.0/7 has prefix length /7; a local CIDR block must be /8 to /32: list the /8 or longer blocks clients need instead", finding.Message);
        Assert.AreEqual("IllegalParam.LocalSubnet", finding.ErrorCode);
    }

    [TestMethod]
    [DataRow(ApiKind.CreateSslVpnServer)]
    [DataRow(ApiKind.ModifySslVpnServer)]
    public void Prefix32_IsAllowed(ApiKind api)
    {
        Assert.IsEmpty(Check(api, "10.0.0.1/32"));
    }

    [TestMethod]
    public void EachItemOfTheList_IsJudged()
    {
        var finding = Check(ApiKind.CreateSslVpnServer, "10.0.0.0/8,0.0.0.0/0").Single();

        Assert.AreEqual("LocalSubnet[1]", finding.Path);
    }

    [TestMethod]
    public void IpsecAndHuaweiLocalBlocks_HaveNoPrefixRule()
    {
        Assert.IsEmpty(Lint.Check(ApiKind.CreateIpsecServer, JsonEdit.Set(ValidRequests.IpsecServer, "LocalSubnet", "\"8.0.0.0/6\""), RuleIds.LocalSubnetPrefixLength));
        Assert.IsEmpty(Lint.Check(ApiKind.HuaweiCreateVpnServer, JsonEdit.Set(ValidRequests.HuaweiServer, "vpn_server.local_subnets", """["8.0.0.0/6"]"""), RuleIds.LocalSubnetPrefixLength));
    }
}
