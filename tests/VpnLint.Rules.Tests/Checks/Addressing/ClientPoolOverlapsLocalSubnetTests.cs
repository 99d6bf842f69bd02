using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Addressing;

[TestClass]
public sealed class ClientPoolOverlapsLocalSubnetTests
{
    [TestMethod]
    [DataRow(ApiKind.CreateSslVpnServer, ValidRequests.SslServer)]
    [DataRow(ApiKind.ModifySslVpnServer, ValidRequests.ModifySslServer)]
    [DataRow(ApiKind.CreateIpsecServer, ValidRequests.IpsecServer)]
    public void ClientInsideALocalBlock_IsReported_OncePerLocalBlock(ApiKind api, string valid)
    {
        var json = JsonEdit.Set(valid, ("ClientIpPool", "\"10.1.0.0/24\""), ("LocalSubnet", "\"10.0.0.0/8,10.1.0.0/16,192.168.0.0/16\""));

        var findings = Lint.Check(api, json, RuleIds.ClientPoolOverlapsLocalSubnet);

        Assert.HasCount(2, findings);
        Assert.AreEqual("ClientIpPool 10.1.0.0/24 overlaps the local CIDR block 10.0.0.0/8: clients would take addresses of the network they reach; choose a client block that overlaps no local block", findings[0].Message);
        Assert.AreEqual(api == ApiKind.CreateIpsecServer ? null : "IpConflict", findings[0].ErrorCode, "The IPsec page documents no code for this conflict.");
    }

    [TestMethod]
    public void AdjacentBlocks_DoNotOverlap()
    {
        var json = JsonEdit.Set(ValidRequests.SslServer, ("ClientIpPool", "\"10.0.1.0/24\""), ("LocalSubnet", "\"10.0.0.0/24,10.0.2.0/24\""));

        Assert.IsEmpty(Lint.Check(ApiKind.CreateSslVpnServer, json, RuleIds.ClientPoolOverlapsLocalSubnet));
    }

    [TestMethod]
    public void HuaweiClientContainingALocalBlock_IsReported()
    {
        var json = JsonEdit.Set(ValidRequests.HuaweiServer, "vpn_server.client_cidr", "\"10.16.0.0/16\"");

        var findings = Lint.Check(ApiKind.HuaweiCreateVpnServer, json, RuleIds.ClientPoolOverlapsLocalSubnet);

        Assert.HasCount(2, findings);
        Assert.AreEqual("vpn_server.client_cidr", findings[0].Path);
    }
}
