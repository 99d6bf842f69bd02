using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Addressing;

[TestClass]
public sealed class CidrHostBitsSetTests
{
    [TestMethod]
    public void HuaweisOwnExample_HasHostBitsSet()
    {
        var json = JsonEdit.Set(ValidRequests.HuaweiServer, "vpn_server.client_cidr", "\"172.16.0.1/24\"");

        var finding = Lint.Check(ApiKind.HuaweiCreateVpnServer, json, RuleIds.CidrHostBitsSet).Single();

        Assert.AreEqual("client_cidr 172.16.0.1/24 has host bits set: it means 172.16.0.0/24; write 172.16.0.0/24", finding.Message);
        Assert.AreEqual("172.16.0.0/24", finding.Replacement);
        Assert.AreEqual(Severity.Warning, finding.Severity);
    }

    [TestMethod]
    public void ItemOfALocalList_IsFixedAlone()
    {
        var json = JsonEdit.Set(ValidRequests.SslServer, "LocalSubnet", "\"10.0.0.0/8,172.16.5.1/16\"");

        var finding = Lint.Check(ApiKind.CreateSslVpnServer, json, RuleIds.CidrHostBitsSet).Single();

        Assert.AreEqual("172.16.5.1/16", Lint.TextAt(json, finding));
        Assert.AreEqual("172.16.0.0/16", finding.Replacement);
    }

    [TestMethod]
    [DataRow("192.168.0.0/24")]
    [DataRow("192.168.0.1/32")]
    [DataRow("192.168.0.128/25")]
    public void NetworkAddress_IsNotReported(string block)
    {
        Assert.IsEmpty(Lint.Check(ApiKind.CreateSslVpnServer, JsonEdit.Set(ValidRequests.SslServer, "LocalSubnet", JsonEdit.Quoted(block)), RuleIds.CidrHostBitsSet));
    }
}
