using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Addressing;

[TestClass]
public sealed class ClientPoolNotPrivateTests
{
    private static IReadOnlyList<Finding> Check(ApiKind api, string block) => Lint.Check(
        api,
        JsonEdit.Set(api == ApiKind.CreateSslVpnServer ? ValidRequests.SslServer : ValidRequests.ModifySslServer, "ClientIpPool", JsonEdit.Quoted(block)),
        RuleIds.ClientPoolNotPrivate);

    [TestMethod]
    [DataRow("10.0.0.0/16")]
    [DataRow("10.255.255.0/24")]
    [DataRow("172.16.0.0/16")]
    [DataRow("172.31.255.0/24")]
    [DataRow("192.168.0.0/16")]
    public void PrivateBlock_IsNotReported(string block)
    {
        Assert.IsEmpty(Check(ApiKind.CreateSslVpnServer, block));
        Assert.IsEmpty(Check(ApiKind.ModifySslVpnServer, block));
    }

    [TestMethod]
    [DataRow("172.32.0.0/16")]
    [DataRow("172.15.255.0/24")]
    [DataRow("47.98.0.0/24")]
    [DataRow("192.169.0.0/16")]
    public void PublicBlock_IsAWarning(string block)
    {
        var finding = Check(ApiKind.CreateSslVpnServer, block).Single();

        Assert.AreEqual(Severity.Warning, finding.Severity);
        Assert.StartsWith($"ClientIpPool {block} is not within 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16", finding.Message);
        Assert.HasCount(1, Check(ApiKind.ModifySslVpnServer, block));
    }

    [TestMethod]
    public void BlockStraddlingPrivateSpace_IsReported()
    {
        Assert.HasCount(1, Check(ApiKind.CreateSslVpnServer, "172.0.0.0/11"));
    }

    [TestMethod]
    public void ForbiddenBlock_IsLeftToTheReservedRangeRule()
    {
        Assert.IsEmpty(Check(ApiKind.CreateSslVpnServer, "100.64.0.0/16"));
    }

    [TestMethod]
    public void IpsecAndHuaweiServers_AreNotHeldToPrivateSpace()
    {
        Assert.IsEmpty(Lint.Check(ApiKind.CreateIpsecServer, JsonEdit.Set(ValidRequests.IpsecServer, "ClientIpPool", "\"47.98.0.0/24\""), RuleIds.ClientPoolNotPrivate));
        Assert.IsEmpty(Lint.Check(ApiKind.HuaweiCreateVpnServer, JsonEdit.Set(ValidRequests.HuaweiServer, "vpn_server.client_cidr", "\"47.98.0.0/24\""), RuleIds.ClientPoolNotPrivate));
    }
}
