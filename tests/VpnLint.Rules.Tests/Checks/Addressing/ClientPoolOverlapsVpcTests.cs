using VpnLint.Rules.Addressing;
using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Model;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Addressing;

[TestClass]
public sealed class ClientPoolOverlapsVpcTests
{
    private static readonly CheckContext Vpc = new(vpcCidrs: [new ContextCidr(Ipv4Cidr.Parse("192.168.0.0/16"), "vpnlint.yaml")]);

    [TestMethod]
    [DataRow(ApiKind.CreateSslVpnServer, ValidRequests.SslServer, "ClientIpPool", "EnableHaCheck.SslVpnServerClientCidrContainsVpcRouteDest")]
    [DataRow(ApiKind.ModifySslVpnServer, ValidRequests.ModifySslServer, "ClientIpPool", "EnableHaCheck.SslVpnServerClientCidrContainsVpcRouteDest")]
    [DataRow(ApiKind.CreateIpsecServer, ValidRequests.IpsecServer, "ClientIpPool", "InvalidClientIpPool.Conflict")]
    [DataRow(ApiKind.HuaweiCreateVpnServer, ValidRequests.HuaweiServer, "vpn_server.client_cidr", null)]
    public void ClientOverlappingTheVpc_IsReported_OnlyWithContext_WithItsPagesCode(ApiKind api, string valid, string path, string? errorCode)
    {
        var json = JsonEdit.Set(valid, path, "\"192.168.10.0/24\"");

        Assert.IsEmpty(Lint.Check(api, json, RuleIds.ClientPoolOverlapsVpc), "Without context the VPC is unknown.");
        var finding = Lint.Check(api, json, RuleIds.ClientPoolOverlapsVpc, Vpc).Single();
        Assert.EndsWith("192.168.10.0/24 overlaps the VPC block 192.168.0.0/16 (from vpnlint.yaml): choose a client block outside the VPC's CIDR blocks and route destinations", finding.Message);
        Assert.AreEqual(errorCode, finding.ErrorCode);
    }

    [TestMethod]
    public void ClientOutsideTheVpc_IsNotReported()
    {
        var json = JsonEdit.Set(ValidRequests.SslServer, "ClientIpPool", "\"172.16.0.0/24\"");

        Assert.IsEmpty(Lint.Check(ApiKind.CreateSslVpnServer, json, RuleIds.ClientPoolOverlapsVpc, Vpc));
    }
}
